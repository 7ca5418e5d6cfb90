package jp.madoguchi.analytics.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the wire JSON of events: the record's components, ISO-8601 instants, tolerant of fields a
 * newer producer adds. Its own mapper, so web settings never change the event contract.
 */
@Component
public class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** @throws PoisonEventException when the body is not the record of that type */
    public ConsultationEvent read(EventType type, byte[] body) {
        return read(type, new String(body, StandardCharsets.UTF_8));
    }

    /** @throws PoisonEventException when the body is not the record of that type */
    public ConsultationEvent read(EventType type, String body) {
        ConsultationEvent event;
        try {
            event = mapper.readValue(body, type.recordType());
        } catch (JacksonException e) {
            throw new PoisonEventException("Body is not a " + type.typeName() + ": " + e.getOriginalMessage(), e);
        }
        if (event == null || event.eventId() == null || event.consultationId() == null || event.occurredAt() == null) {
            throw new PoisonEventException("A " + type.typeName() + " without eventId, consultationId or occurredAt");
        }
        return event;
    }
}
