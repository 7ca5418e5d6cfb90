package jp.madoguchi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import jp.madoguchi.embeddedmongo.EmbeddedMongo;

/**
 * A MongoDB wire-protocol server of its own for a test that takes the database away: its data lives in an H2 file
 * (as devstack's does), {@link #stop()} drops every client connection and closes the file, {@link #start()} opens
 * it again on the same port. Not the shared server: the other test classes' contexts must not see the outage.
 */
public final class StoppableMongo implements AutoCloseable {

    private final int port;
    private final Path directory;
    private MongoServer server;
    private H2Backend backend;

    private StoppableMongo(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    public static StoppableMongo started() {
        try {
            StoppableMongo mongo = new StoppableMongo(EmbeddedPlatform.freePort(),
                    Files.createTempDirectory("stoppable-mongo"));
            mongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::close, "stoppable-mongo-stop"));
            return mongo;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a MongoDB server", e);
        }
    }

    public synchronized void start() {
        if (server == null) {
            backend = EmbeddedMongo.on(MVStore.open(directory.resolve("mongo.mv").toString()));
            server = new MongoServer(backend);
            server.bind(EmbeddedPlatform.HOST, port);
        }
    }

    /** Stops listening, closes every client's connection and the data file. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
            backend = null;
        }
    }

    public String uri(String database) {
        return "mongodb://" + EmbeddedPlatform.HOST + ":" + port + "/" + database;
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
