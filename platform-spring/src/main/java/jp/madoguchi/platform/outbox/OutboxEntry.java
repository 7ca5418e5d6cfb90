package jp.madoguchi.platform.outbox;

/**
 * The field names of one pending entry in a document's {@code outbox} array, and of the array itself: written by
 * {@link Outbox}, read by {@link OutboxRelay}, and nowhere else.
 */
public final class OutboxEntry {

    /** The array of entries waiting for the relay. */
    public static final String FIELD = "outbox";
    /** The array of entries that can never be sent (unknown type, unreadable payload, refused by the broker). */
    public static final String PARKED = "outboxParked";

    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String TOPIC = "topic";
    static final String KEY = "key";
    static final String OCCURRED_AT = "occurredAt";
    static final String PAYLOAD = "payload";
    static final String TRACEPARENT = "traceparent";
    static final String PARKED_REASON = "parkedReason";
    static final String PARKED_AT = "parkedAt";

    private OutboxEntry() {
    }
}
