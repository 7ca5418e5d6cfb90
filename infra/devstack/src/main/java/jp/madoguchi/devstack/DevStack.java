package jp.madoguchi.devstack;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.madoguchi.broker.PlatformKafkaNode;

/**
 * Runs Kafka and MongoDB for local development in one JVM, without Docker:
 * {@code java -jar devstack-exec.jar [--kafka-port=9092] [--controller-port=9093] [--mongo-port=27017]
 * [--data-dir=var/devstack] [--secrets-dir=var/secrets]}. Prints {@code devstack ready kafka=... mongo=...} once both accept clients and
 * the topics are declared; stops cleanly on SIGTERM/Ctrl-C so the next start finds its data intact.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    static final int EXIT_PORT_IN_USE = 2;
    static final int EXIT_FAILED = 1;

    private final DevStackSettings settings;
    private final PlatformKafkaNode kafka;
    private final LocalMongo mongo;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private DevStack(DevStackSettings settings, PlatformKafkaNode kafka, LocalMongo mongo) {
        this.settings = settings;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    public static void main(String[] args) {
        DevStackSettings settings;
        try {
            settings = DevStackSettings.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        long begin = System.nanoTime();
        DevStack stack;
        try {
            stack = start(settings);
        } catch (PortAlreadyInUseException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(EXIT_PORT_IN_USE);
            return;
        } catch (RuntimeException e) {
            log.error("devstack failed to start", e);
            System.err.println("devstack: failed to start: " + e.getMessage());
            System.exit(EXIT_FAILED);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "devstack-shutdown"));
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        log.info("Started in {} ms, data in {}", took.toMillis(), settings.dataDir());
        System.out.println(stack.readyLine());
        System.out.flush();
        stack.awaitStop();
    }

    /**
     * Starts Kafka and declares its topics, users and ACLs (passwords from {@link KafkaSecrets}), the benchmark
     * harness's included, then MongoDB;
     * fails fast if a port is taken.
     */
    public static DevStack start(DevStackSettings settings) {
        Ports.requireFree("Kafka", settings.host(), settings.kafkaPort());
        Ports.requireFree("Kafka controller", settings.host(), settings.controllerPort());
        Ports.requireFree("MongoDB", settings.host(), settings.mongoPort());
        KafkaSecrets secrets = KafkaSecrets.in(settings.secretsDir());
        PlatformKafkaNode kafka = PlatformKafkaNode.start(settings.host(), settings.kafkaPort(),
                settings.controllerPort(), settings.kafkaLogDir(), secrets.adminPassword());
        try {
            kafka.declare(secrets.servicePasswords());
            kafka.declareBench(secrets.benchPassword());
            LocalMongo mongo = LocalMongo.start(settings);
            return new DevStack(settings, kafka, mongo);
        } catch (RuntimeException e) {
            kafka.close();
            throw e;
        }
    }

    public String readyLine() {
        return "devstack ready kafka=" + settings.kafkaBootstrapServers() + " mongo=" + settings.mongoConnectionString();
    }

    public DevStackSettings settings() {
        return settings;
    }

    /** Stops the broker first (it flushes its logs), then MongoDB (closing H2 writes the store). Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        log.info("Stopping devstack");
        try {
            kafka.close();
        } catch (RuntimeException e) {
            log.warn("Kafka did not stop cleanly", e);
        } finally {
            try {
                mongo.close();
            } finally {
                stopped.countDown();
                log.info("devstack stopped");
            }
        }
    }

    private void awaitStop() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
