package jp.madoguchi.analytics.usage.adapter.in.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.analytics.usage.application.RecordFacts;
import jp.madoguchi.events.ConsultationEvent;
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
        return message -> {
            Optional<ConsultationEvent> read = events.read(message);
            if (read.isEmpty()) {
                return;
            }
            ConsultationEvent event = read.get();
            String typeName = EventType.of(event).typeName();
            boolean changed = recordFacts.on(event);
            if (changed) {
                Counter.builder("madoguchi.analytics.facts.updated")
                        .description("Fact documents an event changed (a redelivered event changes none)")
                        .tag("type", typeName)
                        .register(meters)
                        .increment();
            }
            events.consumed(typeName, changed ? "applied" : "duplicate");
        };
    }
}
