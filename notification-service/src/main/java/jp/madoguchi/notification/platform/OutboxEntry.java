package jp.madoguchi.notification.platform;

import java.util.Date;

import org.bson.Document;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * A pending event embedded in the aggregate's document, written in the same insert/update as the state. It keeps
 * the W3C {@code traceparent} of the handling that wrote it (when there was one), for the relay to send on.
 */
public final class OutboxEntry {

    public static final String FIELD = "outbox";

    private OutboxEntry() {
    }

    public static Document of(ConsultationEvent event, EventJson json, CurrentTrace trace) {
        EventType type = EventType.of(event);
        Document entry = new Document("eventId", event.eventId().toString())
                .append("type", type.typeName())
                .append("topic", type.topic().topicName())
                .append("key", CloudEventHeaders.kafkaKey(event))
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("payload", json.write(event));
        String traceparent = trace.traceparent();
        if (traceparent != null) {
            entry.append(CurrentTrace.HEADER, traceparent);
        }
        return entry;
    }
}
