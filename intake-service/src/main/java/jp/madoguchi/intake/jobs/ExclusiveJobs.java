package jp.madoguchi.intake.jobs;

import java.time.Clock;
import java.time.Duration;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor.TaskResult;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

/**
 * Runs a job only if no other instance (or thread) runs the job of the same name: the lock is a document of the
 * {@code locks} collection. A lock outlives a crashed holder by at most {@code atMostFor}, so a job must finish
 * (or be safe to run twice) within it.
 */
@Component
public class ExclusiveJobs {

    static final String COLLECTION = "locks";

    private final LockingTaskExecutor executor;
    private final Clock clock;

    ExclusiveJobs(MongoTemplate mongo, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getCollection(COLLECTION)));
        this.clock = clock;
    }

    /** @return false, and nothing run, when another holder has the lock */
    public boolean runExclusively(String name, Duration atMostFor, Runnable job) {
        try {
            TaskResult<Boolean> result = executor.executeWithLock(() -> {
                job.run();
                return Boolean.TRUE;
            }, new LockConfiguration(clock.instant(), name, atMostFor, Duration.ZERO));
            return result.wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + name + " failed", e);
        }
    }
}
