package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** A notice reached its channel. Says to which role it went, never to which address. */
public record NotificationDelivered(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID deliveryId,
        NotificationPurpose purpose,
        RecipientRole recipientRole,
        NotificationChannel channel,
        UUID causedByEventId) implements ConsultationEvent {
}
