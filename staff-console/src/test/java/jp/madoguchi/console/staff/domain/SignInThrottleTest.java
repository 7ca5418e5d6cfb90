package jp.madoguchi.console.staff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
    private final Instant t0 = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void fifthFailureWithinTheWindowLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.failed("staff.demo", "10.0.0." + i, t0.plusSeconds(i))).isFalse();
        }
        assertThat(throttle.failed("Staff.Demo", "10.0.0.9", t0.plusSeconds(4))).isTrue();

        assertThat(throttle.lockedUntil("staff.demo", "10.0.0.50", t0.plusSeconds(60)))
                .contains(t0.plusSeconds(4).plus(Duration.ofMinutes(15)));
        assertThat(throttle.lockedUntil("staff.demo", "10.0.0.50", t0.plus(Duration.ofMinutes(16)))).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("analyst.demo", null, t0.plus(Duration.ofMinutes(i * 5L)));
        }
        assertThat(throttle.failed("analyst.demo", null, t0.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void successClearsTheUserCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin.demo", "10.0.0.1", t0);
        }
        throttle.succeeded("admin.demo");
        assertThat(throttle.failed("admin.demo", "10.0.0.1", t0)).isFalse();
    }
}
