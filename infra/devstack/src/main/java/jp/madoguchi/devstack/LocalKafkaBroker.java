package jp.madoguchi.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Apache Kafka node in this JVM, broker and KRaft controller combined, as {@code kafka-server-start.sh}
 * would run it. The log directory is formatted once (the cluster id then lives in its {@code meta.properties});
 * later starts reuse it, so topics, records and committed offsets survive.
 */
final class LocalKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;

    private LocalKafkaBroker(KafkaRaftServer server) {
        this.server = server;
    }

    static LocalKafkaBroker start(DevStackSettings settings) {
        Path logDir = settings.kafkaLogDir();
        formatOnFirstStart(logDir);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(settings)), Time.SYSTEM);
        server.startup();
        return new LocalKafkaBroker(server);
    }

    private static Properties brokerProperties(DevStackSettings settings) {
        String host = settings.host();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + settings.controllerPort());
        p.setProperty("listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort() + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + settings.controllerPort());
        p.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + settings.kafkaPort());
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("log.dirs", settings.kafkaLogDir().toString());
        p.setProperty("metadata.log.dir", settings.kafkaLogDir().toString());
        // Topics are declared by the platform, never created by a client's typo.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "1");
        // A single node: every internal topic has exactly one replica.
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "6");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("transaction.state.log.num.partitions", "3");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // Developers restart services all the time; do not make the first consumer wait 3 s for others.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // Small footprint on a laptop: fewer threads, smaller segments, a week of retention.
        p.setProperty("num.network.threads", "2");
        p.setProperty("num.io.threads", "4");
        p.setProperty("num.recovery.threads.per.data.dir", "1");
        p.setProperty("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        return p;
    }

    private static void formatOnFirstStart(Path logDir) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            log.info("Kafka log directory {} already formatted; reusing it", logDir);
            return;
        }
        try {
            Files.createDirectories(logDir);
            String clusterId = Uuid.randomUuid().toString();
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setHasDynamicQuorum(false)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
            log.info("Formatted Kafka log directory {} for new cluster {}", logDir, clusterId);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create Kafka log directory " + logDir, e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka log directory " + logDir, e);
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
