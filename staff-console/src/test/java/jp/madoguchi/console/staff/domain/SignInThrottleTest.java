package jp.madoguchi.console.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofSeconds(2), Duration.ofMinutes(15),
            Duration.ofHours(24));
    private final Instant t0 = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void afterTheFreeFailuresEachFurtherOneDoublesTheWaitUpToTheCap() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("staff.demo", "198.51.100.7", t0);
        }
        assertThat(throttle.retryAt("staff.demo", "198.51.100.7", t0)).isEmpty();

        throttle.failed("Staff.Demo", "198.51.100.7", t0);
        assertThat(throttle.retryAt("staff.demo", "198.51.100.7", t0)).contains(t0.plusSeconds(2));
        throttle.failed("staff.demo", "198.51.100.7", t0);
        assertThat(throttle.retryAt("staff.demo", "198.51.100.7", t0)).contains(t0.plusSeconds(4));
        for (int i = 0; i < 40; i++) {
            throttle.failed("staff.demo", "198.51.100.7", t0);
        }
        assertThat(throttle.retryAt("staff.demo", "198.51.100.7", t0)).contains(t0.plus(Duration.ofMinutes(15)));
        assertThat(throttle.retryAt("staff.demo", "198.51.100.7", t0.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    /** Issue #7, finding 11: five wrong passwords from anywhere locked the real person out for 15 minutes. */
    @Test
    void failuresFromOneAddressNeverMakeTheSameNameWaitAtAnother() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("admin.demo", "203.0.113.66", t0);
        }
        assertThat(throttle.retryAt("admin.demo", "203.0.113.66", t0)).isPresent();
        assertThat(throttle.retryAt("admin.demo", "198.51.100.7", t0)).isEmpty();
    }

    @Test
    void manyNamesFromOneAddressMakeThatAddressWait() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("guess-" + i, "203.0.113.66", t0);
        }
        assertThat(throttle.retryAt("someone.else", "203.0.113.66", t0)).contains(t0.plusSeconds(2));
        assertThat(throttle.retryAt("someone.else", "203.0.113.67", t0)).isEmpty();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        for (int i = 0; i < 21; i++) {
            throttle.failed("guess-" + i, "2001:db8:1:2::" + Integer.toHexString(i + 1), t0);
        }
        assertThat(throttle.retryAt("someone.else", "2001:db8:1:2:ffff:ffff:ffff:ffff", t0)).isPresent();
        assertThat(throttle.retryAt("someone.else", "2001:db8:1:3::1", t0)).isEmpty();
        assertThat(SignInThrottle.addressKey("0:0:0:0:0:ffff:c000:0201")).isEqualTo("address:192.0.2.1");
        assertThat(SignInThrottle.addressKey("192.0.2.1")).isEqualTo("address:192.0.2.1");
    }

    @Test
    void successClearsTheNameAtThatAddressButNotTheAddress() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("admin.demo", "198.51.100.7", t0);
        }
        for (int i = 0; i < 15; i++) {
            throttle.failed("guess-" + i, "198.51.100.7", t0);
        }
        throttle.succeeded("admin.demo", "198.51.100.7");
        assertThat(throttle.retryAt("admin.demo", "198.51.100.7", t0)).contains(t0.plusSeconds(2));
    }

    @Test
    void countsAreForgottenADayAfterTheLastFailure() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("analyst.demo", "198.51.100.7", t0);
        }
        Instant nextDay = t0.plus(Duration.ofHours(24));
        assertThat(throttle.retryAt("analyst.demo", "198.51.100.7", nextDay)).isEmpty();
        throttle.failed("analyst.demo", "198.51.100.7", nextDay);
        assertThat(throttle.retryAt("analyst.demo", "198.51.100.7", nextDay)).isEmpty();
    }
}
