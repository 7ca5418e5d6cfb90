package jp.madoguchi.notification.platform;

import java.util.Date;

import org.bson.Document;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/** A pending event embedded in the aggregate's document, written in the same insert/update as the state. */
public final class OutboxEntry {

    public static final String FIELD = "outbox";

    private OutboxEntry() {
    }

    public static Document of(ConsultationEvent event, EventJson json) {
        EventType type = EventType.of(event);
        return new Document("eventId", event.eventId().toString())
                .append("type", type.typeName())
                .append("topic", type.topic().topicName())
                .append("key", CloudEventHeaders.kafkaKey(event))
                .append("occurredAt", Date.from(event.occurredAt()))
                .append("payload", json.write(event));
    }
}
