package jp.madoguchi.console.staff.adapter.in.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The property names and defaults of the throttle, bound as Boot binds them. */
class SignInThrottlePropertiesTest {

    @Test
    void defaultsAreFiveFreeFailuresPerNameAndAddressTwentyPerAddressThenTwoSecondsDoublingUpToFifteenMinutes() {
        assertThat(bind(Map.of())).isEqualTo(new SignInThrottleProperties(5, 20, Duration.ofSeconds(2),
                Duration.ofMinutes(15), Duration.ofHours(24)));
    }

    @Test
    void everyPropertyKeepsItsName() {
        assertThat(bind(Map.of(
                "madoguchi.console.sign-in-throttle.free-failures", "3",
                "madoguchi.console.sign-in-throttle.free-failures-per-address", "50",
                "madoguchi.console.sign-in-throttle.first-delay", "1s",
                "madoguchi.console.sign-in-throttle.max-delay", "10m",
                "madoguchi.console.sign-in-throttle.forget-after", "1h")))
                .isEqualTo(new SignInThrottleProperties(3, 50, Duration.ofSeconds(1), Duration.ofMinutes(10),
                        Duration.ofHours(1)));
    }

    @Test
    void countsMustBePositiveAndDelaysOrdered() {
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.sign-in-throttle.free-failures", "0")))
                .rootCause().hasMessageContaining("free-failures");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.sign-in-throttle.first-delay", "0s")))
                .rootCause().hasMessageContaining("first-delay");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.sign-in-throttle.forget-after", "10m")))
                .rootCause().hasMessageContaining("forget-after");
    }

    private static SignInThrottleProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("madoguchi.console.sign-in-throttle", SignInThrottleProperties.class);
    }
}
