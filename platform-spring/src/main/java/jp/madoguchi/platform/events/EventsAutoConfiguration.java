package jp.madoguchi.platform.events;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;

/** The event JSON, and the reading of consumed records for services that consume. */
@AutoConfiguration(after = CompositeMeterRegistryAutoConfiguration.class)
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(Message.class)
    IncomingEvents incomingEvents(EventJson json, ObjectProvider<MeterRegistry> meters) {
        return new IncomingEvents(json, meters.getIfAvailable(() -> Metrics.globalRegistry));
    }
}
