package jp.madoguchi.analytics.usage.adapter.in.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.analytics.usage.application.RecordFacts;
import jp.madoguchi.events.EventType;
import jp.madoguchi.platform.events.IncomingEvents;

/**
 * Binding {@code consultationEvents-in-0}, one consumer on the intake, scheduling and notification
 * topics. Transient failures propagate so the binder retries and then dead-letters; a body that is
 * not its record is a {@link jp.madoguchi.platform.events.PoisonEventException} and goes to the
 * DLQ at once.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> consultationEvents(RecordFacts recordFacts, IncomingEvents events,
            MeterRegistry meters) {
        return message -> events.handle(message, event -> {
            if (!recordFacts.on(event)) {
                return "duplicate";
            }
            Counter.builder("madoguchi.analytics.facts.updated")
                    .description("Fact documents an event changed (a redelivered event changes none)")
                    .tag("type", EventType.of(event).typeName())
                    .register(meters)
                    .increment();
            return "applied";
        });
    }
}
