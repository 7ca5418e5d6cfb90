package jp.madoguchi.platform.outbox;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.platform.events.EventsAutoConfiguration;
import jp.madoguchi.platform.tracing.CurrentTrace;
import jp.madoguchi.platform.tracing.TracingAutoConfiguration;

/** The outbox and its relay, for a service that sets {@code madoguchi.outbox.enabled=true} and its collections. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class,
        CompositeMeterRegistryAutoConfiguration.class, EventsAutoConfiguration.class, TracingAutoConfiguration.class})
@ConditionalOnClass({MongoTemplate.class, KafkaTemplate.class})
@ConditionalOnProperty(prefix = "madoguchi.outbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson json,
            OutboxProperties properties, ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters,
            Environment environment) {
        String application = environment.getProperty("spring.application.name", "application");
        return new OutboxRelay(mongo, kafka, json, properties.withSource("/madoguchi/" + application),
                clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(EventJson json, ObjectProvider<CurrentTrace> trace, OutboxRelay relay) {
        return new Outbox(json, trace.getIfAvailable(CurrentTrace::none), relay);
    }
}
