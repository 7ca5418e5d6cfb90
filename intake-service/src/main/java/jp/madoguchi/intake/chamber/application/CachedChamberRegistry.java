package jp.madoguchi.intake.chamber.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;

/**
 * The registry in memory: a request reads it without touching the database. It is read again from the store on a
 * short fixed interval ({@code madoguchi.intake.chambers.refresh-interval}, 30 s), which is how an administrator's
 * change made through another instance arrives; a change made through this instance is taken at once. Chambers
 * change a few times a year, so a request accepted for a chamber deactivated less than one interval ago elsewhere
 * is a fair price for never waiting.
 */
@Service
public class CachedChamberRegistry implements ChamberRegistry {

    private static final Logger log = LoggerFactory.getLogger(CachedChamberRegistry.class);

    private final ChamberStore store;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

    CachedChamberRegistry(ChamberStore store) {
        this.store = store;
    }

    @Override
    public List<Chamber> all() {
        return snapshot.get().chambers();
    }

    @Override
    public Optional<Chamber> find(String chamberId) {
        return Optional.ofNullable(snapshot.get().byId().get(chamberId)).map(RegisteredChamber::chamber);
    }

    /** Reads the whole registry from the store; a failure propagates (at start, the service cannot work without it). */
    public void refresh() {
        List<RegisteredChamber> read = store.all();
        snapshot.updateAndGet(current -> current.with(read));
    }

    @Scheduled(fixedDelayString = "${madoguchi.intake.chambers.refresh-interval:30s}",
            initialDelayString = "${madoguchi.intake.chambers.refresh-interval:30s}")
    void refreshOnSchedule() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // Requests go on with the chambers last read; the next interval tries again.
            log.warn("Chamber registry not refreshed, keeping the last one read: {}", e.toString());
        }
    }

    /** A change this instance just stored: in force for the next request, not only after the next refresh. */
    void remember(RegisteredChamber changed) {
        snapshot.updateAndGet(current -> current.with(List.of(changed)));
    }

    /**
     * An immutable view, swapped whole. A refresh that read the store before a local change can finish after it;
     * keeping the higher version of each chamber makes the order of the two not matter.
     */
    private record Snapshot(Map<String, RegisteredChamber> byId, List<Chamber> chambers) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), List.of());

        Snapshot with(Collection<RegisteredChamber> read) {
            Map<String, RegisteredChamber> merged = new HashMap<>(byId);
            for (RegisteredChamber chamber : read) {
                merged.merge(chamber.id(), chamber, (held, fresh) -> fresh.version() >= held.version() ? fresh : held);
            }
            List<Chamber> sorted = merged.values().stream().map(RegisteredChamber::chamber)
                    .sorted(Comparator.comparing(Chamber::id)).toList();
            return new Snapshot(Map.copyOf(merged), sorted);
        }
    }
}
