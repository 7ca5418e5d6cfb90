package jp.madoguchi.notification.delivery.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.notification.delivery.domain.Delivery;

/** Port: the delivery log. */
public interface Deliveries {

    /**
     * Stores the delivery and its announcement in one write.
     *
     * @return false when a delivery with that id already exists (nothing is written then)
     */
    boolean recordNew(WithEvents<Delivery> recorded);

    Optional<Delivery> find(UUID deliveryId);

    List<Delivery> ofConsultation(UUID consultationId);
}
