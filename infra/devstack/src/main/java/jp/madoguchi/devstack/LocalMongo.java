package jp.madoguchi.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import jp.madoguchi.embeddedmongo.EmbeddedMongo;

/**
 * A MongoDB wire-protocol server (mongo-java-server) whose databases live in one H2 MVStore file, so the
 * services' documents survive a restart. Closing it closes the store, which writes everything pending.
 */
final class LocalMongo implements AutoCloseable {

    private final MongoServer server;
    private final H2Backend backend;

    private LocalMongo(MongoServer server, H2Backend backend) {
        this.server = server;
        this.backend = backend;
    }

    static LocalMongo start(DevStackSettings settings) {
        Path file = settings.mongoFile();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create MongoDB data directory " + file.getParent(), e);
        }
        H2Backend backend = EmbeddedMongo.on(MVStore.open(file.toString()));
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(settings.host(), settings.mongoPort());
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return new LocalMongo(server, backend);
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
    }
}
