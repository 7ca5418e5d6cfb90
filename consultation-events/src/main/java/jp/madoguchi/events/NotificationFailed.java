package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** A notice could not be delivered after its retries; staff must act. */
public record NotificationFailed(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID deliveryId,
        NotificationPurpose purpose,
        RecipientRole recipientRole,
        NotificationChannel channel,
        UUID causedByEventId,
        String failureCode,
        int attempts) implements ConsultationEvent {
}
