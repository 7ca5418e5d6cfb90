package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

/** The waitlist as a map, one entry per consultation, waiting or withdrawn. */
final class InMemoryWaitlistStore implements WaitlistStore {

    private final Map<UUID, WaitlistEntry> entries = new LinkedHashMap<>();
    private final Map<UUID, Instant> withdrawn = new LinkedHashMap<>();
    private final Map<UUID, Instant> booked = new LinkedHashMap<>();
    private final List<ConsultationEvent> events = new ArrayList<>();

    Optional<WaitlistEntry> entryOf(UUID consultationId) {
        return Optional.ofNullable(entries.get(consultationId));
    }

    boolean isWaiting(UUID consultationId) {
        return entries.containsKey(consultationId) && !withdrawn.containsKey(consultationId);
    }

    Optional<Instant> withdrawnAt(UUID consultationId) {
        return Optional.ofNullable(withdrawn.get(consultationId));
    }

    List<ConsultationEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public boolean add(WithEvents<WaitlistEntry> waitlisted) {
        UUID consultationId = waitlisted.state().request().consultationId();
        if (entries.containsKey(consultationId)) {
            return false;
        }
        entries.put(consultationId, waitlisted.state());
        events.addAll(waitlisted.events());
        return true;
    }

    @Override
    public boolean contains(UUID consultationId) {
        return entries.containsKey(consultationId);
    }

    @Override
    public Optional<WaitlistEntry> findWaiting(UUID consultationId) {
        return isWaiting(consultationId) && !booked.containsKey(consultationId)
                ? Optional.of(entries.get(consultationId)) : Optional.empty();
    }

    @Override
    public boolean keepWaiting(WithEvents<WaitlistEntry> waiting) {
        UUID consultationId = waiting.state().request().consultationId();
        WaitlistEntry before = findWaiting(consultationId).orElse(null);
        List<UUID> answered = waiting.state().dateChanges();
        if (before == null || before.hasAnswered(answered.get(answered.size() - 1))) {
            return false;
        }
        entries.put(consultationId, waiting.state());
        events.addAll(waiting.events());
        return true;
    }

    @Override
    public void booked(UUID consultationId, Instant bookedAt) {
        if (isWaiting(consultationId)) {
            booked.putIfAbsent(consultationId, bookedAt);
        }
    }

    @Override
    public boolean withdraw(UUID consultationId, Instant withdrawnAt) {
        if (!isWaiting(consultationId) || booked.containsKey(consultationId)) {
            return false;
        }
        withdrawn.put(consultationId, withdrawnAt);
        return true;
    }
}
