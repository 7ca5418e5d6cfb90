package jp.madoguchi.notification.delivery.adapter.in.web;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.notification.delivery.domain.Delivery;

/** One entry of the delivery log as staff see it. */
record DeliveryView(
        UUID deliveryId,
        UUID consultationId,
        String purpose,
        String recipientRole,
        String channel,
        String status,
        UUID causedByEventId,
        Instant recordedAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.deliveryId(), d.consultationId(), d.purpose().name(), d.recipientRole().name(),
                d.channel().name(), d.status().name(), d.causedByEventId(), d.recordedAt());
    }
}
