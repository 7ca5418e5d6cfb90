package jp.madoguchi.intake.ratelimit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.madoguchi.platform.web.RequestRejections;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits anonymous requests to the public endpoints given, per client IP. Sits in the security filter chain after
 * the bearer-token filter: staff with a valid token (phone intake takes many calls) are not limited here.
 * The client IP is the connection's peer; behind a trusted proxy, {@code server.forward-headers-strategy} makes
 * it the forwarded client's.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** The reason a refusal is counted under. */
    public static final String RATE_LIMITED = "rate_limited";

    private final ClientRateLimiter limiter;
    private final RequestRejections rejections;
    private final JsonMapper json;
    private final HttpMethod method;
    private final String path;
    private final Function<HttpServletRequest, String> refusal;

    /** @param refusal the 429's detail for this request, in the caller's language */
    public RateLimitFilter(ClientRateLimiter limiter, RequestRejections rejections, JsonMapper json, HttpMethod method,
            String path, Function<HttpServletRequest, String> refusal) {
        this.limiter = limiter;
        this.rejections = rejections;
        this.json = json;
        this.method = method;
        this.path = path;
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The decoded path the dispatcher maps, not the raw URI: /api/v1/consultation-request%73 is the same endpoint.
        if (!method.matches(request.getMethod())
                || !path.equals(UrlPathHelper.defaultInstance.getPathWithinApplication(request))) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = limiter.tryAcquire(ClientKey.of(request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        rejections.rejected(RATE_LIMITED);
        response.setHeader("Retry-After", Long.toString(wait.get().toSeconds()));
        if (isBrowserNavigation(request)) {
            // The owner's web form: a page saying so, not JSON.
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><meta name=\"viewport\" "
                    + "content=\"width=device-width, initial-scale=1\"><title>429</title></head><body><p>"
                    + HtmlUtils.htmlEscape(refusal.apply(request)) + "</p></body></html>");
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, refusal.apply(request));
        problem.setTitle("Too Many Requests");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static boolean isBrowserNavigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }
}
