package jp.madoguchi.analytics.usage.adapter.in.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.analytics.platform.EventJson;
import jp.madoguchi.analytics.usage.application.RecordFacts;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;

/**
 * Binding {@code consultationEvents-in-0}, one consumer on the intake, scheduling and notification
 * topics. Transient failures propagate so the binder retries and then dead-letters; a body that is
 * not its record is a {@link jp.madoguchi.analytics.platform.PoisonEventException} and goes to the
 * DLQ at once.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(ConsultationEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> consultationEvents(RecordFacts recordFacts, EventJson json, MeterRegistry meters) {
        return message -> {
            String typeName = CloudEventHeaders.typeName(message.getHeaders());
            Optional<EventType> type = EventType.fromTypeName(typeName);
            if (type.isEmpty()) {
                // A newer producer's type: not ours to understand yet.
                log.info("Skipping event of unknown type {}", typeName);
                meters.counter("madoguchi.events.skipped", "type", String.valueOf(typeName)).increment();
                return;
            }
            ConsultationEvent event = json.read(type.get(), message.getPayload());
            boolean changed = recordFacts.on(event);
            if (changed) {
                meters.counter("madoguchi.analytics.facts.updated", "type", type.get().typeName()).increment();
            }
            meters.counter("madoguchi.events.consumed", "type", type.get().typeName(),
                    "outcome", changed ? "applied" : "duplicate").increment();
        };
    }
}
