package jp.madoguchi.scheduling.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.stereotype.Component;

import jp.madoguchi.events.ConsultationEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire JSON of event records: ISO-8601 instants, no type information (the type travels in
 * {@code ce_type}), tolerant of fields a newer producer added.
 */
@Component
public class EventJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(ConsultationEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** @throws PoisonEventException when the bytes are not JSON of that record */
    public <T extends ConsultationEvent> T read(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new PoisonEventException("Not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public <T extends ConsultationEvent> T read(String json, Class<T> type) {
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }
}
