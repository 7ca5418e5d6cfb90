package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

/** Requests waiting for a slot, one entry per consultation, written together with their event. */
public interface WaitlistStore {

    /**
     * Stores the entry and its events in one insert.
     *
     * @return false when the consultation already had an entry
     */
    boolean add(WithEvents<WaitlistEntry> waitlisted);

    /** True for any entry, waiting or withdrawn: a consultation that was ever waitlisted is not booked again. */
    boolean contains(UUID consultationId);

    /** @return false when no waiting entry was there */
    boolean withdraw(UUID consultationId, Instant withdrawnAt);

    /** The consultation's entry while it waits: empty when it was never listed, was withdrawn or has been booked. */
    Optional<WaitlistEntry> findWaiting(UUID consultationId);

    /**
     * Stores a waiting entry's new preferences and the date changes it answered, with its events, in one update.
     *
     * @return false when it no longer waits or had answered that change already
     */
    boolean keepWaiting(WithEvents<WaitlistEntry> waiting);

    /** Notes that a waiting consultation has been booked (off the list); noting it again changes nothing. */
    void booked(UUID consultationId, Instant bookedAt);
}
