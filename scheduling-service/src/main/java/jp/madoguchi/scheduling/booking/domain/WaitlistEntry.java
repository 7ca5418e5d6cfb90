package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jp.madoguchi.events.ConsultationDateChangeDeclined;
import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.DateChangeDeclineReason;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.WithEvents;

/**
 * A request that found no slot within the horizon, kept to be promoted when one frees.
 *
 * @param dateChanges the requests for another date answered while it waited, by event id
 */
public record WaitlistEntry(BookingRequest request, WaitlistReason reason, Instant waitlistedAt,
        List<UUID> dateChanges) {

    public WaitlistEntry {
        dateChanges = dateChanges == null ? List.of() : List.copyOf(dateChanges);
    }

    /** Puts the request on the waitlist, and announces it. */
    public static WithEvents<WaitlistEntry> waitlist(BookingRequest request, WaitlistReason reason, Instant now) {
        return WithEvents.of(new WaitlistEntry(request, reason, now, List.of()), new ConsultationWaitlisted(
                UUID.randomUUID(), now, request.consultationId(), request.federationId(), reason));
    }

    /**
     * Keeps waiting with the new preferences (what promotion will book by), answering the request for another date:
     * nothing fits them yet.
     */
    public WithEvents<WaitlistEntry> keepWaiting(DateChange change, Instant now) {
        List<UUID> answered = new ArrayList<>(dateChanges);
        answered.add(change.eventId());
        WaitlistEntry waiting = new WaitlistEntry(change.requestFor(this), reason, waitlistedAt, answered);
        return WithEvents.of(waiting, new ConsultationDateChangeDeclined(UUID.randomUUID(), now,
                request.consultationId(), request.federationId(), change.eventId(), DateChangeDeclineReason.NO_SLOT_FITS));
    }

    public boolean hasAnswered(UUID dateChangeEventId) {
        return dateChanges.contains(dateChangeEventId);
    }
}
