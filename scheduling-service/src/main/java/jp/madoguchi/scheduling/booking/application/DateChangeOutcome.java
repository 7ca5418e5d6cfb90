package jp.madoguchi.scheduling.booking.application;

import java.util.Locale;

/** What handling a request for another date did; the {@code outcome} tag of {@code madoguchi.scheduling.date-changes}. */
public enum DateChangeOutcome {
    /** The appointment moved to a slot that fits the new preferences. */
    RESCHEDULED,
    /** The consultation was waiting and a slot fits the new preferences: booked ({@code consultation.scheduled}). */
    SCHEDULED,
    /** Nothing else fits (or the consultation has begun): the appointment stays, the owner is told. */
    KEPT,
    /** The consultation was waiting and still finds no slot: it keeps waiting, with the new preferences. */
    WAITLISTED,
    /** Scheduling holds nothing to change: never seen, cancelled or withdrawn. */
    SKIPPED,
    /** This request for another date was answered before (a redelivery). */
    DUPLICATE;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
