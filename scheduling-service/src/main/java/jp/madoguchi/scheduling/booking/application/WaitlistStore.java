package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
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
}
