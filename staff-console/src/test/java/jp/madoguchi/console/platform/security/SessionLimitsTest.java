package jp.madoguchi.console.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistryImpl;

/** Issue #7, finding 11: an active session lived for ever; the idle timeout was its only end. */
class SessionLimitsTest {

    private final Instant signedInAt = Instant.parse("2026-11-30T00:00:00Z");
    private final SessionRegistryImpl registry = new SessionRegistryImpl();

    @Test
    void aSessionEndsAfterEightHoursHoweverActiveItWas() throws Exception {
        MockHttpSession session = sessionCreatedAt(signedInAt);

        assertThat(request(session, signedInAt.plus(Duration.ofHours(8)).minusSeconds(1))).isSameAs(session);
        assertThat(session.isInvalid()).isFalse();
        assertThat(request(session, signedInAt.plus(Duration.ofHours(8)))).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aSessionEndedOnPurposeIsGoneAtItsNextRequest() throws Exception {
        MockHttpSession session = sessionCreatedAt(signedInAt);
        registry.registerNewSession(session.getId(), "staff.demo");
        registry.getSessionInformation(session.getId()).expireNow();

        assertThat(request(session, signedInAt.plusSeconds(60))).isNull();
        assertThat(registry.getSessionInformation(session.getId())).isNull();
    }

    /** Runs one request at {@code now}; returns the session the rest of the chain saw. */
    private Object request(MockHttpSession session, Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        AtomicReference<Object> seen = new AtomicReference<>();
        new SessionLimits(registry, Duration.ofHours(8), Clock.fixed(now, ZoneOffset.UTC)).doFilter(request,
                new MockHttpServletResponse(), new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req,
                            jakarta.servlet.http.HttpServletResponse res) {
                        seen.set(req.getSession(false));
                    }
                }));
        return seen.get();
    }

    private static MockHttpSession sessionCreatedAt(Instant createdAt) {
        return new MockHttpSession() {
            @Override
            public long getCreationTime() {
                return createdAt.toEpochMilli();
            }
        };
    }
}
