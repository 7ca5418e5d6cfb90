package jp.madoguchi.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import jp.madoguchi.platform.time.ClockAutoConfiguration;
import jp.madoguchi.platform.tracing.CurrentTrace;
import jp.madoguchi.platform.tracing.TracingAutoConfiguration;

/** The three small pieces: on by default, and each replaced by a service's own bean. */
class EventsAndTracingAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EventsAutoConfiguration.class, TracingAutoConfiguration.class,
                    ClockAutoConfiguration.class));

    @Test
    void onByDefault() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(EventJson.class).hasSingleBean(IncomingEvents.class)
                    .hasSingleBean(CurrentTrace.class).hasSingleBean(Clock.class);
            // No tracer in this context: entries simply carry no trace.
            assertThat(context.getBean(CurrentTrace.class).traceparent()).isNull();
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC);
        });
    }

    @Test
    void offWithoutTheirLibraries() {
        runner.withClassLoader(new org.springframework.boot.test.context.FilteredClassLoader(
                io.micrometer.tracing.Tracer.class, org.springframework.messaging.Message.class))
                .run(context -> assertThat(context).doesNotHaveBean(CurrentTrace.class)
                        .doesNotHaveBean(IncomingEvents.class).hasSingleBean(EventJson.class));
    }

    @Test
    void aServicesOwnBeansReplaceThePlatforms() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-07T00:30:00Z"), ZoneOffset.UTC);
        EventJson json = new EventJson();
        runner.withBean(Clock.class, () -> fixed).withBean(EventJson.class, () -> json)
                .withBean(CurrentTrace.class, CurrentTrace::none)
                .run(context -> {
                    assertThat(context.getBean(Clock.class)).isSameAs(fixed);
                    assertThat(context.getBean(EventJson.class)).isSameAs(json);
                    assertThat(context).hasSingleBean(CurrentTrace.class);
                });
    }
}
