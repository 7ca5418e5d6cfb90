package jp.madoguchi.intake.metrics;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Around every {@code POST} of a consultation request (JSON API or web form), outside every other filter (a body over the limit and the
 * rate limit are refused before the dispatcher): opens the tally, and counts it once with the answer's status.
 */
public class SubmissionCountingFilter extends OncePerRequestFilter {

    private final SubmissionOutcomes outcomes;
    private final Set<String> paths;

    /** @param paths where requests are posted: the JSON API's and the web form's */
    public SubmissionCountingFilter(SubmissionOutcomes outcomes, Set<String> paths) {
        this.outcomes = outcomes;
        this.paths = Set.copyOf(paths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !paths.contains(request.getRequestURI().substring(request.getContextPath().length()));
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
