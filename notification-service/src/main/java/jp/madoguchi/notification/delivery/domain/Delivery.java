package jp.madoguchi.notification.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.WithEvents;
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

    /** The notice as handed to the channel, and the announcement that it was delivered. */
    public static WithEvents<Delivery> recorded(Notice notice, NotificationChannel channel, Instant now) {
        Delivery delivery = new Delivery(notice.deliveryId(), notice.consultationId(), notice.federationId(),
                notice.appointmentId(), notice.purpose(), notice.recipientRole(), channel, DeliveryStatus.RECORDED,
                notice.causedByEventId(), now);
        return WithEvents.of(delivery, new NotificationDelivered(UUID.randomUUID(), now, delivery.consultationId,
                delivery.federationId, delivery.deliveryId, delivery.purpose, delivery.recipientRole, channel,
                delivery.causedByEventId));
    }
}
