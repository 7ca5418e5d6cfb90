package jp.madoguchi.console.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a session before any filter chain reads it when it is older than the absolute lifetime (however active it
 * was: the idle timeout alone lets a busy or stolen session live for ever) or when it was ended on purpose (a
 * disabled staff member's). The request then goes on without a session, so each chain answers as it does to
 * anyone not signed in: pages and the authorization endpoints send to {@code /login}, the API answers 401.
 */
final class SessionLimits extends OncePerRequestFilter {

    private final SessionRegistry registry;
    private final Duration lifetime;
    private final Clock clock;

    SessionLimits(SessionRegistry registry, Duration lifetime, Clock clock) {
        this.registry = registry;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionInformation registered = registry.getSessionInformation(session.getId());
            boolean tooOld = !clock.instant().isBefore(Instant.ofEpochMilli(session.getCreationTime()).plus(lifetime));
            if (tooOld || registered != null && registered.isExpired()) {
                registry.removeSessionInformation(session.getId());
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
