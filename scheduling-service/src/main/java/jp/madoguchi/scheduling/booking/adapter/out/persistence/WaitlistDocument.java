package jp.madoguchi.scheduling.booking.adapter.out.persistence;

/**
 * The stored form of a waitlist entry: its collection and field names, in one place so that a rename is seen to
 * be a data migration.
 */
final class WaitlistDocument {

    static final String COLLECTION = "waitlist";

    /** The consultation id, so that a redelivered request cannot be listed twice. */
    static final String ID = "_id";
    static final String FEDERATION_ID = "federationId";
    static final String CHAMBER_ID = "chamberId";
    static final String TOPIC = "topic";
    static final String MODE = "mode";
    static final String PREFERRED_DAYS = "preferredDays";
    static final String REASON = "reason";
    static final String STATUS = "status";
    static final String WAITLISTED_AT = "waitlistedAt";
    static final String SOURCE_EVENT_ID = "sourceEventId";
    static final String WITHDRAWN_AT = "withdrawnAt";

    static final String WAITING = "WAITING";
    static final String WITHDRAWN = "WITHDRAWN";

    private WaitlistDocument() {
    }
}
