package jp.madoguchi.intake.platform;

import java.util.Date;

import org.bson.Document;
import org.springframework.stereotype.Component;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * Builds the pending-event entries an aggregate document carries in its {@code outbox} array, written in the same
 * insert or update as the state change they announce (ADR 0001). An entry written while handling a traced request
 * or record also keeps that trace's {@code traceparent}, which the relay puts on the Kafka record.
 */
@Component
public class OutboxEntries {

    public static final String FIELD = "outbox";

    private final EventJson eventJson;
    private final CurrentTrace trace;

    OutboxEntries(EventJson eventJson, CurrentTrace trace) {
        this.eventJson = eventJson;
        this.trace = trace;
    }

    public Document entry(ConsultationEvent event) {
        EventType type = EventType.of(event);
        Document entry = new Document("eventId", event.eventId().toString())
                .append("type", type.typeName())
                .append("topic", type.topic().topicName())
                .append("key", CloudEventHeaders.kafkaKey(event))
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("payload", eventJson.write(event));
        String traceparent = trace.traceparent();
        if (traceparent != null) {
            entry.append(CurrentTrace.HEADER, traceparent);
        }
        return entry;
    }
}
