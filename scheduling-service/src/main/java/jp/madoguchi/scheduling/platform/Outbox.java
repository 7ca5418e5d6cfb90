package jp.madoguchi.scheduling.platform;

import java.util.Date;

import org.bson.Document;
import org.springframework.stereotype.Component;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * Builds outbox entries ({@code {eventId, type, topic, key, occurredAt, payload}}) to be embedded in the
 * aggregate's document in the same write as the state change they report. An entry written while handling a
 * traced record also keeps that trace's {@code traceparent}, which the relay puts on the Kafka record.
 */
@Component
public class Outbox {

    public static final String FIELD = "outbox";

    private final EventJson json;
    private final OutboxRelay relay;
    private final CurrentTrace trace;

    public Outbox(EventJson json, OutboxRelay relay, CurrentTrace trace) {
        this.json = json;
        this.relay = relay;
        this.trace = trace;
    }

    public Document entryFor(ConsultationEvent event) {
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

    /** Call after a write that added entries, so they leave well before the next poll. */
    public void written() {
        relay.nudge();
    }
}
