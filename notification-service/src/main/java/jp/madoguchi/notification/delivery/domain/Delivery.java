package jp.madoguchi.notification.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;

/**
 * One notice in the delivery log. Holds roles, never addresses: contact details stay in intake and
 * are fetched at send time.
 */
public record Delivery(
        UUID deliveryId,
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        NotificationPurpose purpose,
        RecipientRole recipientRole,
        NotificationChannel channel,
        DeliveryStatus status,
        UUID causedByEventId,
        Instant recordedAt) {

    public static Delivery recorded(Notice notice, NotificationChannel channel, Instant now) {
        return new Delivery(notice.deliveryId(), notice.consultationId(), notice.federationId(),
                notice.appointmentId(), notice.purpose(), notice.recipientRole(), channel, DeliveryStatus.RECORDED,
                notice.causedByEventId(), now);
    }

    public NotificationDelivered announcement(UUID eventId) {
        return new NotificationDelivered(eventId, recordedAt, consultationId, federationId, deliveryId, purpose,
                recipientRole, channel, causedByEventId);
    }
}
