package jp.madoguchi.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/** Both backends through the real driver: what the services send, answered as a MongoDB answers it. */
class EmbeddedMongoIntegrationTest {

    private static final int DOCUMENTS = 2_000;

    @TempDir
    Path directory;

    @Test
    void inMemoryServesGuardedUpdatesFromTheIdIndex() {
        served(EmbeddedMongo::inMemory, backend -> { });
    }

    @Test
    void onAnMvStoreServesGuardedUpdatesFromTheIdIndexAndKeepsEverythingAcrossARestart() {
        Path file = directory.resolve("mongo.mv");
        served(() -> EmbeddedMongo.on(MVStore.open(file.toString())), backend -> ((H2Backend) backend).close());

        H2Backend reopened = EmbeddedMongo.on(MVStore.open(file.toString()));
        try (Running running = new Running(reopened)) {
            MongoCollection<Document> requests = running.requests();
            assertThat(requests.countDocuments()).isEqualTo(DOCUMENTS);
            assertThat(requests.find(Filters.eq("_id", "r-7")).first()).containsEntry("status", "SCHEDULED");
            assertThatThrownBy(() -> requests.insertOne(new Document("_id", "r-new").append("reference", "M-7")))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(keyed(reopened, Filters.and(Filters.eq("_id", "r-8"), Filters.exists("status")))).isTrue();
        } finally {
            reopened.close();
        }
    }

    @Test
    void answersHello() {
        try (Running running = new Running(EmbeddedMongo.inMemory())) {
            Document hello = running.client.getDatabase("admin").runCommand(new Document("hello", 1));
            assertThat(hello.get("isWritablePrimary")).isEqualTo(Boolean.TRUE);
        }
    }

    private void served(Supplier<MongoBackend> backends, java.util.function.Consumer<MongoBackend> close) {
        MongoBackend backend = backends.get();
        try (Running running = new Running(backend)) {
            MongoCollection<Document> requests = running.requests();
            requests.createIndex(Indexes.ascending("reference"), new IndexOptions().unique(true));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(new Document("_id", "r-" + i).append("reference", "M-" + i).append("status", "NEW")
                        .append("applied", List.of()));
            }
            requests.insertMany(documents);

            // The shape of intake's status change: a guard and a condition, $and inside $and as the driver sends it.
            Bson notYetApplied = Filters.and(Filters.and(Filters.eq("_id", "r-7"), Filters.nin("applied", "e-1")),
                    Filters.or(Filters.eq("status", "NEW"), Filters.eq("status", "WAITLISTED")));
            Bson apply = Updates.combine(Updates.set("status", "SCHEDULED"), Updates.addToSet("applied", "e-1"));
            assertThat(keyed(backend, notYetApplied)).isTrue();
            assertThat(requests.updateOne(notYetApplied, apply).getModifiedCount()).isEqualTo(1);
            assertThat(requests.updateOne(notYetApplied, apply).getMatchedCount())
                    .as("the guard still applies to the document the index found").isZero();

            Bson byReference = Filters.and(Filters.eq("reference", "M-9"), Filters.eq("status", "NEW"));
            assertThat(keyed(backend, byReference)).isTrue();
            assertThat(requests.find(byReference).first()).containsEntry("_id", "r-9");
            assertThat(requests.find(Filters.and(Filters.eq("reference", "M-9"), Filters.eq("status", "GONE")))
                    .first()).isNull();
            assertThat(requests.find(Filters.and(Filters.in("_id", "r-1", "r-2", "r-7"),
                    Filters.eq("status", "NEW"))).into(new ArrayList<>())).hasSize(2);

            assertThat(keyed(backend, Filters.gt("_id", "r-1"))).as("a range is not a key").isFalse();
            assertThat(keyed(backend, Filters.eq("status", "NEW"))).as("no unique index on status").isFalse();
            assertThat(requests.countDocuments(Filters.eq("status", "NEW"))).isEqualTo(DOCUMENTS - 1);
        } finally {
            close.accept(backend);
        }
    }

    /** Whether the collection's unique indexes, not a scan, give the documents the query may match. */
    private static boolean keyed(MongoBackend backend, Bson filter) {
        @SuppressWarnings("unchecked")
        List<Index<Object>> indexes = (List<Index<Object>>) (List<?>) backend.resolveDatabase("intake")
                .resolveCollection("requests", true).getIndexes();
        Document query = Document.parse(filter.toBsonDocument().toJson());
        return KeyedLookup.positions(indexes, new de.bwaldvogel.mongo.bson.Document(query)).isPresent();
    }

    private static final class Running implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;

        Running(MongoBackend backend) {
            server = new MongoServer(backend);
            var address = server.bind();
            client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        }

        MongoCollection<Document> requests() {
            return client.getDatabase("intake").getCollection("requests");
        }

        @Override
        public void close() {
            client.close();
            server.shutdown();
        }
    }
}
