package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.WithEvents;

/** A request that found no slot within the horizon, kept to be promoted when one frees. */
public record WaitlistEntry(BookingRequest request, WaitlistReason reason, Instant waitlistedAt) {

    /** Puts the request on the waitlist, and announces it. */
    public static WithEvents<WaitlistEntry> waitlist(BookingRequest request, WaitlistReason reason, Instant now) {
        return WithEvents.of(new WaitlistEntry(request, reason, now), new ConsultationWaitlisted(UUID.randomUUID(), now,
                request.consultationId(), request.federationId(), reason));
    }
}
