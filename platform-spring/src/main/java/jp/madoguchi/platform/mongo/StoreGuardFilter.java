package jp.madoguchi.platform.mongo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.madoguchi.platform.i18n.PlatformMessages;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the {@link StoreGuard} before a guarded request runs: while the breaker is open the request is answered 503
 * with {@code Retry-After} and never reaches a handler, so nothing is written half-way. After the request, an outage
 * that {@link StoreOutageAdvice} answered counts as a failure, a successful answer as a success; a refusal (4xx) or
 * another server error says nothing about the store and is not counted.
 */
public class StoreGuardFilter extends OncePerRequestFilter {

    private final StoreGuard guard;
    private final List<String> paths;
    private final PlatformMessages messages;
    private final JsonMapper json;
    private final AntPathMatcher matcher = new AntPathMatcher();

    public StoreGuardFilter(StoreGuard guard, List<String> paths, PlatformMessages messages, JsonMapper json) {
        this.guard = guard;
        this.paths = List.copyOf(paths);
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return paths.stream().noneMatch(pattern -> matcher.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!guard.permits()) {
            refuse(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean recorded = false;
        try {
            chain.doFilter(request, response);
            long took = System.nanoTime() - start;
            if (request.getAttribute(StoreGuard.OUTAGE) instanceof Throwable outage) {
                guard.afterOutage(took, outage);
            } else if (response.getStatus() < 400) {
                guard.afterSuccess(took);
            } else {
                guard.afterOther();
            }
            recorded = true;
        } finally {
            if (!recorded) {
                guard.afterOther();
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = StoreOutageAdvice.problem(messages.get(request, "problem.store-unavailable"));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(guard.retryAfterSeconds()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
