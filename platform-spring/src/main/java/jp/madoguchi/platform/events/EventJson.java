package jp.madoguchi.platform.events;

import java.nio.charset.StandardCharsets;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of events on the wire: the record's components, ISO-8601 instants, no type information (the type
 * travels in {@code ce_type}). Its own mapper, so the web layer's settings never change the event contract.
 * Reading tolerates unknown properties so a newer producer's additive fields pass.
 */
public class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public String write(ConsultationEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** @throws PoisonEventException when the body is not the record of that type, or lacks an id every event has */
    public ConsultationEvent read(EventType type, byte[] body) {
        return read(type, new String(body, StandardCharsets.UTF_8));
    }

    /** @throws PoisonEventException when the body is not the record of that type, or lacks an id every event has */
    public ConsultationEvent read(EventType type, String body) {
        return read(body, type.recordType());
    }

    /** @throws PoisonEventException when the body is not that record, or lacks an id every event has */
    public <T extends ConsultationEvent> T read(byte[] body, Class<T> recordType) {
        return read(new String(body, StandardCharsets.UTF_8), recordType);
    }

    /** @throws PoisonEventException when the body is not that record, or lacks an id every event has */
    public <T extends ConsultationEvent> T read(String body, Class<T> recordType) {
        T event;
        try {
            event = mapper.readValue(body, recordType);
        } catch (JacksonException e) {
            throw new PoisonEventException("Body is not a " + recordType.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (event == null || event.eventId() == null || event.consultationId() == null || event.occurredAt() == null) {
            throw new PoisonEventException("A " + recordType.getSimpleName()
                    + " without eventId, consultationId or occurredAt");
        }
        return event;
    }
}
