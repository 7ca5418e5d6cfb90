package jp.madoguchi.events;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes in {@code ce_}-prefixed headers,
 * the record's JSON as the value, the consultation id as the key.
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /**
     * @param source the producing service as a URI reference, e.g. {@code /madoguchi/intake-service}
     */
    public static Map<String, String> of(ConsultationEvent event, String source) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, event.eventId().toString());
        headers.put(TYPE, EventType.of(event).typeName());
        headers.put(SOURCE, source);
        headers.put(SPEC_VERSION, SPEC_VERSION_1_0);
        headers.put(TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        headers.put(SUBJECT, kafkaKey(event));
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }

    /**
     * A header value as text, whichever form the client library handed it over in (Kafka headers are
     * bytes; some mappers turn them into strings first).
     */
    public static String text(Object headerValue) {
        if (headerValue == null) {
            return null;
        }
        if (headerValue instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return headerValue.toString();
    }

    /**
     * The event's type name from a consumed record's headers. Spring Cloud Function recognises CloudEvents
     * and may hand the attributes over in their canonical {@code ce-} spelling rather than the Kafka
     * binding's {@code ce_}; both name the same attribute.
     *
     * @return the type name, or {@code null} when the record carries none
     */
    public static String typeName(Map<String, ?> headers) {
        String value = text(headers.get(TYPE));
        return value != null ? value : text(headers.get("ce-" + TYPE.substring("ce_".length())));
    }

    /** The key rule: every event of a consultation is keyed by its consultation id. */
    public static String kafkaKey(ConsultationEvent event) {
        return event.consultationId().toString();
    }
}
