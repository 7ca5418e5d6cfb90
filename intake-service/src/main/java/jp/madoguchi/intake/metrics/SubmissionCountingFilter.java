package jp.madoguchi.intake.metrics;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Around every {@code POST} of a consultation request, outside every other filter (a body over the limit and the
 * rate limit are refused before the dispatcher): opens the tally, and counts it once with the answer's status.
 */
public class SubmissionCountingFilter extends OncePerRequestFilter {

    private final SubmissionOutcomes outcomes;
    private final String path;

    public SubmissionCountingFilter(SubmissionOutcomes outcomes, String path) {
        this.outcomes = outcomes;
        this.path = path;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !path.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SubmissionTally tally = outcomes.begin();
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            outcomes.end(tally, status, request.getHeader(HttpHeaders.AUTHORIZATION) == null);
        }
    }
}
