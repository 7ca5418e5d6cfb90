package jp.madoguchi.console.staff.adapter.in.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import jp.madoguchi.console.staff.domain.SignInThrottle;

/**
 * {@code madoguchi.console.sign-in-throttle.*}: how long password sign-in waits after failures
 * ({@link SignInThrottle}). There is no lock: the waits grow per user name and address, and per address.
 *
 * @param freeFailures failures of one user name from one client address before the first wait; positive
 * @param freeFailuresPerAddress failures from one client address (IPv6: its /64) before the first wait; higher,
 *                               because an office shares one address; positive
 * @param firstDelay the first wait; each further failure doubles it; positive
 * @param maxDelay the longest wait; at least {@code firstDelay}
 * @param forgetAfter how long after the last failure its count is forgotten; longer than {@code maxDelay}
 */
@ConfigurationProperties("madoguchi.console.sign-in-throttle")
public record SignInThrottleProperties(
        @DefaultValue("5") int freeFailures,
        @DefaultValue("20") int freeFailuresPerAddress,
        @DefaultValue("2s") Duration firstDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("24h") Duration forgetAfter) {

    public SignInThrottleProperties {
        if (freeFailures <= 0 || freeFailuresPerAddress <= 0) {
            throw new IllegalArgumentException("madoguchi.console.sign-in-throttle: free-failures and "
                    + "free-failures-per-address must be positive");
        }
        if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0
                || forgetAfter.compareTo(maxDelay) <= 0) {
            throw new IllegalArgumentException("madoguchi.console.sign-in-throttle: need 0 < first-delay <= "
                    + "max-delay < forget-after");
        }
    }

    /** A throttle with these limits and no failures counted yet. */
    SignInThrottle newThrottle() {
        return new SignInThrottle(freeFailures, freeFailuresPerAddress, firstDelay, maxDelay, forgetAfter);
    }
}
