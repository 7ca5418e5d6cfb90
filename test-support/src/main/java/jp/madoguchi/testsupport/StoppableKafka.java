package jp.madoguchi.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import jp.madoguchi.broker.PlatformKafkaNode;
import jp.madoguchi.broker.ServiceAccount;

/**
 * A Kafka node of its own (the platform's, as {@link EmbeddedPlatform} runs it) for a test that takes the broker
 * away: {@link #stop()} shuts it down, {@link #start()} brings it back on the same ports with the same log
 * directory, so topics, records, users and ACLs are still there and clients reconnect as they would in
 * production. Not the shared node: the other test classes' contexts must not see the outage.
 */
public final class StoppableKafka implements AutoCloseable {

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private PlatformKafkaNode node;

    private StoppableKafka(int port, int controllerPort, Path logDir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
    }

    /** A new node, running, with the platform's topics and every service's user declared. */
    public static StoppableKafka started() {
        try {
            int[] ports = EmbeddedPlatform.freePorts(2);
            StoppableKafka kafka = new StoppableKafka(ports[0], ports[1], Files.createTempDirectory("stoppable-kafka"));
            kafka.start();
            Map<ServiceAccount, String> passwords = new EnumMap<>(ServiceAccount.class);
            for (ServiceAccount account : ServiceAccount.values()) {
                passwords.put(account, EmbeddedPlatform.testLogin(account).password());
            }
            kafka.node.declare(passwords);
            // The test's context may still use it while JUnit finishes the class; the JVM's end stops it.
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "stoppable-kafka-stop"));
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start a Kafka node", e);
        }
    }

    /** Starts the node (again), on the same ports and log directory; returns once it runs. */
    public synchronized void start() {
        if (node == null) {
            node = PlatformKafkaNode.start(EmbeddedPlatform.HOST, port, controllerPort, logDir,
                    EmbeddedPlatform.ADMIN_PASSWORD);
        }
    }

    /** Shuts the node down as an operator would; clients see connection refused until {@link #start()}. */
    public synchronized void stop() {
        if (node != null) {
            node.close();
            node = null;
        }
    }

    public String bootstrapServers() {
        return EmbeddedPlatform.HOST + ":" + port;
    }

    /** Client settings that connect as the service, with exactly its rights. */
    public Map<String, Object> kafkaClient(ServiceAccount account) {
        return EmbeddedPlatform.testLogin(account).scramClient(bootstrapServers());
    }

    /** Client settings of the node's super user. */
    public synchronized Map<String, Object> kafkaAdminClient() {
        if (node == null) {
            throw new IllegalStateException("The node is stopped");
        }
        return node.adminClient();
    }

    @Override
    public void close() {
        stop();
        try (Stream<Path> files = Files.walk(logDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temp directory left behind is harmless.
        }
    }
}
