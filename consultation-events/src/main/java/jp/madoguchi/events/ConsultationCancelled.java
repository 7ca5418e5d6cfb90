package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** A booked appointment will not take place. */
public record ConsultationCancelled(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        CancelledBy cancelledBy,
        CancellationReason reason) implements ConsultationEvent {
}
