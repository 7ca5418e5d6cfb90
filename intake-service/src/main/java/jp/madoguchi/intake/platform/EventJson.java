package jp.madoguchi.intake.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import jp.madoguchi.events.ConsultationEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of events on the wire: the record's components, ISO-8601 instants, no type information (the type
 * travels in {@code ce_type}). Reading tolerates unknown properties so a newer producer's additions pass.
 */
@Component
public class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(ConsultationEvent event) {
        return mapper.writeValueAsString(event);
    }

    public <T extends ConsultationEvent> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    /**
     * @throws PoisonEventException if the bytes are not the JSON of {@code type}, or lack an id every event has
     */
    public <T extends ConsultationEvent> T readConsumed(byte[] payload, Class<T> type) {
        T event;
        try {
            event = mapper.readValue(new String(payload, StandardCharsets.UTF_8), type);
        } catch (JacksonException e) {
            throw new PoisonEventException("Payload is not a " + type.getSimpleName(), e);
        }
        if (event == null || event.eventId() == null || event.consultationId() == null || event.occurredAt() == null) {
            throw new PoisonEventException(type.getSimpleName() + " without eventId, consultationId or occurredAt", null);
        }
        return event;
    }
}
