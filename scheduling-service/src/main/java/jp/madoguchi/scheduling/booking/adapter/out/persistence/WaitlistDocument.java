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
    /** Who took the request in; absent on entries listed before it was kept (read as the public web form). */
    static final String ORIGIN = "origin";
    /** Absent on entries listed before it was kept: any time of day. */
    static final String TIME_OF_DAY = "timeOfDay";
    /** Event ids of the requests for another date answered while it waited. */
    static final String DATE_CHANGES = "dateChanges";
    static final String BOOKED_AT = "bookedAt";

    static final String WAITING = "WAITING";
    static final String WITHDRAWN = "WITHDRAWN";
    /** Booked off the list by a date change (its appointment is in {@code appointments}). */
    static final String BOOKED = "BOOKED";

    private WaitlistDocument() {
    }
}
