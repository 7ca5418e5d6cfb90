package jp.madoguchi.intake.chamber.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;
import jp.madoguchi.intake.chamber.domain.Regions;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/** An administrator registers a chamber or changes one; every change is audited with the fields it touched. */
@Service
public class ManageChambers {

    private static final Logger log = LoggerFactory.getLogger(ManageChambers.class);

    private final ChamberStore store;
    private final CachedChamberRegistry registry;
    private final Audit audit;
    private final Clock clock;
    private final Regions regions;

    ManageChambers(ChamberStore store, CachedChamberRegistry registry, Audit audit, Clock clock, ChamberSeed seed) {
        this.store = store;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
        this.regions = seed.regions();
    }

    /**
     * @throws ChamberIdTakenException when the id is registered already (nothing changed)
     * @throws UnknownRegionException when the region is none of the federation's
     */
    public RegisteredChamber create(Caller caller, Chamber chamber) {
        requireAdmin(caller);
        requireKnownRegion(chamber);
        RegisteredChamber created = store.insert(chamber, now());
        registry.remember(created);
        audit.recordChamberChange(caller, AuditAction.CHAMBER_CREATED, chamber.id(), List.of());
        log.info("Chamber {} registered (active: {})", chamber.id(), chamber.active());
        return created;
    }

    /**
     * Replaces the chamber's fields with those given, if it is still at {@code expectedVersion}. A change that
     * changes nothing stores nothing and leaves no audit entry.
     *
     * @throws ChamberNotFoundException when no chamber has the id
     * @throws StaleChamberVersionException when the chamber was changed since that version
     * @throws UnknownRegionException when the region is none of the federation's
     */
    public RegisteredChamber change(Caller caller, Chamber chamber, long expectedVersion) {
        requireAdmin(caller);
        requireKnownRegion(chamber);
        RegisteredChamber before = store.find(chamber.id())
                .orElseThrow(() -> new ChamberNotFoundException(chamber.id()));
        if (before.version() != expectedVersion) {
            throw new StaleChamberVersionException(chamber.id());
        }
        List<String> changed = chamber.changedFrom(before.chamber());
        if (changed.isEmpty()) {
            return before;
        }
        // The store checks the version again: another change may land between the read above and this write.
        RegisteredChamber after = store.replace(chamber, expectedVersion, now());
        registry.remember(after);
        audit.recordChamberChange(caller, AuditAction.CHAMBER_CHANGED, chamber.id(), changed);
        log.info("Chamber {} changed to version {}: {}", chamber.id(), after.version(), changed);
        return after;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Only administrators change the chamber registry");
        }
    }

    private void requireKnownRegion(Chamber chamber) {
        if (!regions.contains(chamber.region())) {
            throw new UnknownRegionException();
        }
    }

    private Instant now() {
        // MongoDB keeps milliseconds: what is shown must be what was stored.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
