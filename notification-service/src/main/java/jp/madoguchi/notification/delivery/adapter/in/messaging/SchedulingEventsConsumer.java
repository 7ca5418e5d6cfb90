package jp.madoguchi.notification.delivery.adapter.in.messaging;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.notification.delivery.application.RecordNotices;
import jp.madoguchi.notification.delivery.application.RecordedNotice;
import jp.madoguchi.notification.platform.EventJson;

/**
 * Binding {@code schedulingEvents-in-0} on {@code madoguchi.scheduling.events}. Transient failures
 * propagate so the binder retries and then dead-letters; a body that is not its record is a
 * {@link jp.madoguchi.notification.platform.PoisonEventException} and goes to the DLQ at once.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(SchedulingEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> schedulingEvents(RecordNotices recordNotices, EventJson json, MeterRegistry meters) {
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
            List<RecordedNotice> notices = recordNotices.on(event);
            for (RecordedNotice notice : notices) {
                meters.counter("madoguchi.notification.deliveries",
                        "purpose", notice.notice().purpose().name(),
                        "channel", notice.channel().name(),
                        "outcome", notice.duplicate() ? "duplicate" : "recorded").increment();
            }
            meters.counter("madoguchi.events.consumed", "type", type.get().typeName(), "outcome", outcome(notices))
                    .increment();
        };
    }

    private static String outcome(List<RecordedNotice> notices) {
        if (notices.isEmpty()) {
            return "skipped";
        }
        return notices.stream().allMatch(RecordedNotice::duplicate) ? "duplicate" : "applied";
    }
}
