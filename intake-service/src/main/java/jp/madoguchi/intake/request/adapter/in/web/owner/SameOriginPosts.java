package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-site request forgery defence without sessions or cookies: a browser says where a POST comes from
 * ({@code Sec-Fetch-Site}, and {@code Origin}), and only the service's own pages may post to its forms. A client that
 * sends neither is no browser, so no victim's browser can be made to send it. The status token and the form's own
 * fields are what a forger cannot know in any case; this keeps another site from submitting requests in an owner's
 * name from the owner's network.
 */
final class SameOriginPosts implements HandlerInterceptor {

    private static final Set<String> OWN = Set.of("same-origin", "none");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!"POST".equals(request.getMethod()) || isSameOrigin(request)) {
            return true;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("この送信はお受けできません。お手数ですが、ページを開き直してから送信してください。\n"
                + "This form was sent from another site and was not accepted.\n");
        return false;
    }

    static boolean isSameOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return OWN.contains(fetchSite);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && origin.equalsIgnoreCase(request.getScheme() + "://" + host);
    }
}
