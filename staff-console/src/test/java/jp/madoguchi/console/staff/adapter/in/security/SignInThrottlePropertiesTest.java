package jp.madoguchi.console.staff.adapter.in.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The property names and defaults the throttle has always read, bound as Boot binds them. */
class SignInThrottlePropertiesTest {

    @Test
    void defaultsAreFiveAndTwentyFailuresWithinFifteenMinutesLockingForFifteen() {
        assertThat(bind(Map.of())).isEqualTo(new SignInThrottleProperties(5, 20, Duration.ofMinutes(15),
                Duration.ofMinutes(15)));
    }

    @Test
    void everyPropertyKeepsItsName() {
        assertThat(bind(Map.of(
                "madoguchi.console.sign-in-throttle.max-failures-per-user", "3",
                "madoguchi.console.sign-in-throttle.max-failures-per-address", "50",
                "madoguchi.console.sign-in-throttle.window", "10m",
                "madoguchi.console.sign-in-throttle.lock", "1h")))
                .isEqualTo(new SignInThrottleProperties(3, 50, Duration.ofMinutes(10), Duration.ofHours(1)));
    }

    @Test
    void limitsAndDurationsMustBePositive() {
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.sign-in-throttle.max-failures-per-user", "0")))
                .rootCause().hasMessageContaining("max-failures-per-user");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.sign-in-throttle.lock", "0s")))
                .rootCause().hasMessageContaining("lock");
    }

    private static SignInThrottleProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("madoguchi.console.sign-in-throttle", SignInThrottleProperties.class);
    }
}
