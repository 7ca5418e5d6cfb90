package jp.madoguchi.intake.chamber.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.platform.mongo.MongoIndexRunner;

/**
 * At start: registers the shipped chambers the store does not hold yet, then fills the in-memory registry. A chamber
 * already registered is left exactly as it is, so an administrator's edits survive every restart and release; the
 * store's insert by id decides when several instances start together. Runs right after the indexes are in place and
 * before the web server and the event bindings start (see {@link MongoIndexRunner}), so no request meets an empty
 * registry.
 */
@Component
class SeedChambers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SeedChambers.class);

    private final ChamberSeed seed;
    private final ChamberStore store;
    private final CachedChamberRegistry registry;
    private final Clock clock;
    private volatile boolean running;

    SeedChambers(ChamberSeed seed, ChamberStore store, CachedChamberRegistry registry, Clock clock) {
        this.seed = seed;
        this.store = store;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public void start() {
        int added = 0;
        for (Chamber chamber : seed.chambers()) {
            try {
                store.insert(chamber, clock.instant().truncatedTo(ChronoUnit.MILLIS));
                added++;
            } catch (ChamberIdTakenException registeredAlready) {
                // An earlier start or another instance registered it; what an administrator made of it stays.
            }
        }
        registry.refresh();
        log.info("Chamber registry: {} of {} shipped chambers added, {} chambers in force", added,
                seed.chambers().size(), registry.all().size());
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return MongoIndexRunner.PHASE + 1;
    }
}
