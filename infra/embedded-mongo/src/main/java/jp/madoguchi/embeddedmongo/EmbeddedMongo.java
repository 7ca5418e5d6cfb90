package jp.madoguchi.embeddedmongo;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** The two backends: {@link #inMemory()} for the tests, {@link #on(MVStore)} for devstack. */
public final class EmbeddedMongo {

    private EmbeddedMongo() {
    }

    /** Everything in this JVM's heap, gone when it stops. */
    public static MongoBackend inMemory() {
        return new KeyedMemoryBackend();
    }

    /** The databases in {@code store}, written to its file as H2 commits; closing the backend closes the store. */
    public static H2Backend on(MVStore store) {
        return new KeyedH2Backend(store);
    }

    private static final class KeyedMemoryBackend extends MemoryBackend {

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return new KeyedMemoryDatabase(databaseName, getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return Hello.answer(command, super.handleCommand(channel, database, Hello.known(command), query));
        }
    }

    private static final class KeyedMemoryDatabase extends MemoryDatabase {

        KeyedMemoryDatabase(String databaseName, CursorRegistry cursorRegistry) {
            super(databaseName, cursorRegistry);
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new KeyedMemoryCollection(this, collectionName, options, cursorRegistry);
        }
    }

    private static final class KeyedMemoryCollection extends MemoryCollection {

        KeyedMemoryCollection(MemoryDatabase database, String collectionName, CollectionOptions options,
                CursorRegistry cursorRegistry) {
            super(database, collectionName, options, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            return KeyedLookup.query(this, query,
                    positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector),
                    () -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
        }
    }

    private static final class KeyedH2Backend extends H2Backend {

        KeyedH2Backend(MVStore store) {
            super(store);
        }

        /** Called by H2Backend's constructor for each database in the file, after it has set its store. */
        @Override
        protected H2Database openOrCreateDatabase(String databaseName) {
            return new KeyedH2Database(databaseName);
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return Hello.answer(command, super.handleCommand(channel, database, Hello.known(command), query));
        }

        /**
         * An inner class on purpose: H2Database's constructor opens the existing collections through
         * {@link #openOrCreateCollection} before a field of this class could be set, and the enclosing backend
         * (which javac links before the superclass constructor runs) already holds the store.
         */
        private final class KeyedH2Database extends H2Database {

            KeyedH2Database(String databaseName) {
                super(databaseName, getMvStore(), getCursorRegistry());
            }

            /** H2Database's own collection (the same two maps, by the same names), with the keyed lookup. */
            @Override
            protected MongoCollection<Object> openOrCreateCollection(String collectionName,
                    CollectionOptions options) {
                String namespace = getFullCollectionNamespace(collectionName);
                MVMap<Object, Document> documents = getMvStore().openMap("databases." + namespace);
                MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
                return new KeyedH2Collection(this, collectionName, options, documents, meta, cursorRegistry);
            }
        }
    }

    private static final class KeyedH2Collection extends H2Collection {

        KeyedH2Collection(H2Database database, String collectionName, CollectionOptions options,
                MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, documents, meta, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                int batchSize, Document fieldSelector) {
            return KeyedLookup.query(this, query,
                    positions -> matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize,
                            fieldSelector),
                    () -> super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector));
        }
    }
}
