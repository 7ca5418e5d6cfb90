package jp.madoguchi.notification.delivery.adapter.in.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.notification.delivery.application.RecordNotices;
import jp.madoguchi.notification.delivery.application.RecordedNotice;
import jp.madoguchi.platform.events.IncomingEvents;

/**
 * Binding {@code schedulingEvents-in-0} on {@code madoguchi.scheduling.events}. Transient failures
 * propagate so the binder retries and then dead-letters; a body that is not its record is a
 * {@link jp.madoguchi.platform.events.PoisonEventException} and goes to the DLQ at once.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingEventsConsumer {

    @Bean
    Consumer<Message<byte[]>> schedulingEvents(RecordNotices recordNotices, IncomingEvents events,
            MeterRegistry meters) {
        return message -> events.handle(message, event -> {
            List<RecordedNotice> notices = recordNotices.on(event);
            for (RecordedNotice notice : notices) {
                Counter.builder("madoguchi.notification.deliveries")
                        .description("Notices an event called for, by purpose, channel and whether new or a duplicate")
                        .tags("purpose", notice.notice().purpose().name(), "channel", notice.channel().name(),
                                "outcome", notice.duplicate() ? "duplicate" : "recorded")
                        .register(meters)
                        .increment();
            }
            return outcome(notices);
        });
    }

    private static String outcome(List<RecordedNotice> notices) {
        if (notices.isEmpty()) {
            return "skipped";
        }
        return notices.stream().allMatch(RecordedNotice::duplicate) ? "duplicate" : "applied";
    }
}
