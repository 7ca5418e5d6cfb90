package jp.madoguchi.platform.mongo;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;

/**
 * Creates every declared {@link MongoIndexes} index when the application context starts. An index that exists
 * with the same keys and options is left as it is; one that cannot be created (say a unique index over documents
 * that already hold duplicates) fails the start, since the service's rules would not hold without it.
 *
 * <p>Runs as a lifecycle bean in phase {@value #PHASE} so that no write can race a missing unique index: the
 * servlet web server starts taking requests in phase {@code DEFAULT_PHASE - 2048} (Boot's
 * {@code WebServerStartStopLifecycle}), Spring Cloud Stream's input bindings start consuming in
 * {@code Integer.MAX_VALUE - 1000} and the outbox relay starts in {@code DEFAULT_PHASE - 1024}, all later. Stream's
 * output bindings share this phase; they only open producers and never touch MongoDB. Application runners and
 * {@code ApplicationReadyEvent} listeners come after every lifecycle bean. A write made while singletons are being
 * created (a constructor, {@code afterPropertiesSet}) would still come first, so no bean should write then.
 */
public class MongoIndexRunner implements SmartLifecycle {

    /** Before every lifecycle bean through which requests, events or relayed writes arrive. */
    public static final int PHASE = Integer.MIN_VALUE + 1000;

    private static final Logger log = LoggerFactory.getLogger(MongoIndexRunner.class);

    private final MongoTemplate mongo;
    private final List<MongoIndexes> declarations;
    private volatile boolean running;

    public MongoIndexRunner(MongoTemplate mongo, List<MongoIndexes> declarations) {
        this.mongo = mongo;
        this.declarations = List.copyOf(declarations);
    }

    @Override
    public void start() {
        for (MongoIndexes declared : declarations) {
            MongoCollection<Document> collection = mongo.getCollection(declared.collection());
            for (IndexModel index : declared.indexes()) {
                String name = collection.createIndex(index.getKeys(), index.getOptions());
                log.info("MongoDB index {} on {} in place", name, declared.collection());
            }
        }
        running = true;
    }

    /** Nothing to undo: the indexes stay, and the start after a restart finds them in place. */
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
        return PHASE;
    }
}
