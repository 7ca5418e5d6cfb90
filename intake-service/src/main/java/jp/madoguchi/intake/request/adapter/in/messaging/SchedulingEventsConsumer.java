package jp.madoguchi.intake.request.adapter.in.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import jp.madoguchi.intake.platform.EventJson;
import jp.madoguchi.intake.platform.PoisonEventException;
import jp.madoguchi.intake.request.application.ApplyOutcome;
import jp.madoguchi.intake.request.application.ApplySchedulingEvent;

/**
 * Binding {@code schedulingEvents-in-0}: scheduling's events on {@code madoguchi.scheduling.events}, group
 * {@code intake-service}. Retries and dead-lettering are the binder's; this class only decides what is poison.
 */
@Component("schedulingEvents")
class SchedulingEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(SchedulingEventsConsumer.class);

    private final EventJson eventJson;
    private final ApplySchedulingEvent applySchedulingEvent;
    private final MeterRegistry meters;

    SchedulingEventsConsumer(EventJson eventJson, ApplySchedulingEvent applySchedulingEvent, MeterRegistry meters) {
        this.eventJson = eventJson;
        this.applySchedulingEvent = applySchedulingEvent;
        this.meters = meters;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String typeName = CloudEventHeaders.typeName(message.getHeaders());
        if (typeName == null) {
            throw new PoisonEventException("Record without a ce_type header", null);
        }
        Optional<EventType> type = EventType.fromTypeName(typeName);
        if (type.isEmpty()) {
            // A newer producer's type: nothing intake shows depends on it yet.
            log.info("Skipping event of unknown type {}", typeName);
            meters.counter("madoguchi.events.skipped", "type", "unknown").increment();
            count("unknown", ApplyOutcome.SKIPPED);
            return;
        }
        ConsultationEvent event = eventJson.readConsumed(message.getPayload(), type.get().recordType());
        ApplyOutcome outcome = applySchedulingEvent.apply(event);
        if (outcome == ApplyOutcome.SKIPPED) {
            meters.counter("madoguchi.events.skipped", "type", typeName).increment();
        }
        count(typeName, outcome);
    }

    private void count(String type, ApplyOutcome outcome) {
        meters.counter("madoguchi.events.consumed", "type", type, "outcome", outcome.tag()).increment();
    }
}
