package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** The owner (or staff on the owner's behalf) took the request back before it was held. */
public record ConsultationWithdrawn(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        WithdrawalReason reason) implements ConsultationEvent {
}
