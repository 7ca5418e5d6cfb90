package jp.madoguchi.console.staff.adapter.in.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.madoguchi.console.staff.domain.SignInThrottle;

/**
 * {@code madoguchi.console.sign-in-throttle.*}: when password sign-in is refused for a while ({@link SignInThrottle}).
 *
 * @param maxFailuresPerUser failures for one user name within {@code window} that lock that name; positive
 * @param maxFailuresPerAddress failures from one client address within {@code window} that lock that address
 *                              (higher: an office shares one address); positive
 * @param window how far back failures are counted; positive
 * @param lock how long a locked user name or address is refused, even with the right password; positive
 */
@ConfigurationProperties("madoguchi.console.sign-in-throttle")
public record SignInThrottleProperties(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window,
        @DefaultValue("15m") Duration lock) {

    public SignInThrottleProperties {
        if (maxFailuresPerUser <= 0 || maxFailuresPerAddress <= 0) {
            throw new IllegalArgumentException("madoguchi.console.sign-in-throttle: max-failures-per-user and "
                    + "max-failures-per-address must be positive");
        }
        if (window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
            throw new IllegalArgumentException("madoguchi.console.sign-in-throttle: window and lock must be positive");
        }
    }

    /** A throttle with these limits and no failures counted yet. */
    SignInThrottle newThrottle() {
        return new SignInThrottle(maxFailuresPerUser, maxFailuresPerAddress, window, lock);
    }
}
