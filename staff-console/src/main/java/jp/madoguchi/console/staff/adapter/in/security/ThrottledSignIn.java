package jp.madoguchi.console.staff.adapter.in.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.console.audit.application.AuditLog;
import jp.madoguchi.console.audit.domain.AuditAction;
import jp.madoguchi.console.audit.domain.AuditEvent;
import jp.madoguchi.console.staff.domain.SignInThrottle;

/**
 * Password sign-in with growing waits after failures ({@link SignInThrottle}) and an audit record for every attempt
 * (user name, time, client address, outcome — never the password). An attempt that has to wait is refused before
 * the password is checked, so waiting is the only way on. Counts {@code madoguchi.console.signins{outcome}}.
 */
@Component
public class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final AuditLog auditLog;
    private final MeterRegistry meters;
    private final Clock clock;

    ThrottledSignIn(StaffUserDetailsService users, PasswordEncoder passwordEncoder, AuditLog auditLog,
            MeterRegistry meters, Clock clock, SignInThrottleProperties throttling) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttling.newThrottle();
        this.auditLog = auditLog;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Instant now = clock.instant();
        if (throttle.retryAt(username, address, now).isPresent()) {
            record(username, List.of(), "THROTTLED", address, now);
            throw new SignInThrottledException();
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username, address);
            // Only roles: Spring Security 7 also grants factor authorities (FACTOR_PASSWORD), which are not roles.
            record(username, result.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length())).toList(),
                    "SUCCESS", address, now);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address, now);
            record(username, List.of(), "FAILURE", address, now);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void record(String username, List<String> roles, String outcome, String address, Instant now) {
        meters.counter("madoguchi.console.signins", "outcome", outcome.toLowerCase()).increment();
        auditLog.append(AuditEvent.of(now, username, roles, AuditAction.SIGN_IN, outcome, username, address));
    }
}
