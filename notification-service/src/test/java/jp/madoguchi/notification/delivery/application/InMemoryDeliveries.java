package jp.madoguchi.notification.delivery.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.notification.delivery.domain.Delivery;

/**
 * The delivery log as a map keyed by delivery id (the real store's unique {@code _id}), with the events written
 * alongside. A delivery recorded "elsewhere" is invisible to {@link #find} but still wins at {@link #recordNew}, as
 * another instance's write in a race would.
 */
final class InMemoryDeliveries implements Deliveries {

    private final Map<UUID, Delivery> deliveries = new LinkedHashMap<>();
    private final List<ConsultationEvent> events = new ArrayList<>();
    private final Set<UUID> recordedElsewhere = new HashSet<>();

    /** Another instance records this delivery between this one's look-up and its write. */
    void recordedConcurrently(UUID deliveryId) {
        recordedElsewhere.add(deliveryId);
    }

    List<Delivery> all() {
        return List.copyOf(deliveries.values());
    }

    List<ConsultationEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public boolean recordNew(WithEvents<Delivery> recorded) {
        UUID id = recorded.state().deliveryId();
        if (deliveries.containsKey(id) || recordedElsewhere.contains(id)) {
            return false;
        }
        deliveries.put(id, recorded.state());
        events.addAll(recorded.events());
        return true;
    }

    @Override
    public Optional<Delivery> find(UUID deliveryId) {
        return Optional.ofNullable(deliveries.get(deliveryId));
    }

    @Override
    public List<Delivery> ofConsultation(UUID consultationId) {
        return deliveries.values().stream().filter(d -> d.consultationId().equals(consultationId)).toList();
    }
}
