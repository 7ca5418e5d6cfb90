package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The owner (or staff on the owner's behalf) took the request back before it was held.
 *
 * @param withdrawnBy who did; absent in events from before it was recorded
 */
public record ConsultationWithdrawn(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        WithdrawalReason reason,
        RequestedBy withdrawnBy) implements ConsultationEvent {
}
