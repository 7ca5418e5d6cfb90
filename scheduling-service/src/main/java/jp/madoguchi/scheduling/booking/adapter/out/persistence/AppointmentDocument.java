package jp.madoguchi.scheduling.booking.adapter.out.persistence;

/**
 * The stored form of an appointment: its collection, field and index names, in one place so that a rename is seen
 * to be a data migration. Ids are strings, times dates.
 */
final class AppointmentDocument {

    static final String COLLECTION = "appointments";

    /** The appointment id. */
    static final String ID = "_id";
    static final String CONSULTATION_ID = "consultationId";
    static final String FEDERATION_ID = "federationId";
    static final String CHAMBER_ID = "chamberId";
    static final String TOPIC = "topic";
    static final String CONSULTANT_ID = "consultantId";
    static final String STARTS_AT = "startsAt";
    static final String ENDS_AT = "endsAt";
    static final String MODE = "mode";
    static final String STATUS = "status";
    static final String CREATED_AT = "createdAt";
    static final String SOURCE_EVENT_ID = "sourceEventId";
    static final String CANCELLED_AT = "cancelledAt";
    /** Null while the appointment holds its slot, its own id once it has let the slot go. */
    static final String SLOT_RELEASED_BY = "slotReleasedBy";

    /** Event ids of the requests for another date it answered (moved or kept); absent until the first. */
    static final String DATE_CHANGES = "dateChanges";
    /** Where the last move took it from, so a move stopped before the day ledger was written can be completed. */
    static final String MOVED_FROM = "movedFrom";

    /** The {@code PublicSeat} key a public request's appointment holds while booked; absent otherwise. */
    static final String PUBLIC_SEAT = "publicSeat";

    /** Unique on {@link #CONSULTATION_ID}. */
    static final String ONE_PER_CONSULTATION = "one_appointment_per_consultation";
    /** Unique on {@link #CONSULTANT_ID}, {@link #STARTS_AT}, {@link #SLOT_RELEASED_BY}. */
    static final String ONE_PER_CONSULTANT_SLOT = "one_booking_per_consultant_slot";
    static final String BY_START = "by_start";
    /** Unique and sparse on {@link #PUBLIC_SEAT}. */
    static final String ONE_PER_PUBLIC_SEAT = "one_booking_per_public_seat";

    private AppointmentDocument() {
    }
}
