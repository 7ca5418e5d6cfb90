package jp.madoguchi.scheduling.booking.application;

/** What handling a consultation request did. */
public enum BookingOutcome {
    BOOKED,
    WAITLISTED,
    /** Nothing: the request had been handled before. */
    DUPLICATE
}
