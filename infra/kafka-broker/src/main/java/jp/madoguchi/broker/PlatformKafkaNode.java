package jp.madoguchi.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
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
 * would run it, secured as the platform requires (issue #7):
 * <ul>
 * <li>{@code CLIENTS} (the advertised listener) takes SASL only: SCRAM-SHA-512 for the services' users, and
 *     PLAIN for {@code admin}, the one user defined in the broker's own configuration;</li>
 * <li>{@code CONTROLLER} (never advertised) takes only {@code admin} over SASL PLAIN, so reaching its port
 *     does not reach the metadata quorum;</li>
 * <li>the KRaft {@code StandardAuthorizer} allows what an ACL allows and nothing else
 *     ({@code allow.everyone.if.no.acl.found=false}); {@code admin} is the only super user — the broker
 *     itself connects as admin to its controller.</li>
 * </ul>
 * The log directory is formatted once (the cluster id then lives in its {@code meta.properties}); later starts
 * reuse it, so topics, records, committed offsets, users and ACLs survive. {@link #declare} then makes the
 * topics, users and ACLs what this version of the platform says they are.
 */
public final class PlatformKafkaNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformKafkaNode.class);
    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "CLIENTS";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final KafkaLogin admin;

    private PlatformKafkaNode(KafkaRaftServer server, String bootstrapServers, KafkaLogin admin) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.admin = admin;
    }

    /** Starts the node on {@code host:port} (clients) and {@code host:controllerPort}; returns once it runs. */
    public static PlatformKafkaNode start(String host, int port, int controllerPort, Path logDir,
            String adminPassword) {
        KafkaLogin admin = KafkaLogin.admin(adminPassword);
        formatOnFirstStart(logDir);
        KafkaRaftServer server = new KafkaRaftServer(
                KafkaConfig.fromProps(brokerProperties(host, port, controllerPort, logDir, admin)), Time.SYSTEM);
        server.startup();
        return new PlatformKafkaNode(server, host + ":" + port, admin);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Declares the platform's topics, sets each service's SCRAM password, grants each service exactly the ACLs
     * of {@link ServiceAccount} (and removes any other ACL of a service principal, say from an older version),
     * and returns once every service can log in.
     */
    public void declare(Map<ServiceAccount, String> passwords) {
        try (Admin client = Admin.create(adminClient())) {
            PlatformTopics.declare(client);
            PlatformAccounts.declare(client, passwords);
        }
        Map<String, String> byUser = new HashMap<>();
        passwords.forEach((account, password) -> byUser.put(account.userName(), password));
        PlatformAccounts.awaitLogins(bootstrapServers, byUser);
    }

    /**
     * Declares the benchmark harness's round-trip topic, its SCRAM user with that password and exactly the ACLs
     * of {@link BenchAccount}; returns once it can log in. Devstack calls it, so a developer can run
     * {@code bench/}; the tests' embedded platform does not.
     */
    public void declareBench(String password) {
        try (Admin client = Admin.create(adminClient())) {
            PlatformTopics.declareBenchTopic(client);
            PlatformAccounts.declareBench(client, password);
        }
        PlatformAccounts.awaitLogins(bootstrapServers, Map.of(BenchAccount.USER_NAME, password));
    }

    /** Client settings of the broker's super user, for tools that declare or inspect; services never use it. */
    public Map<String, Object> adminClient() {
        Map<String, Object> settings = admin.plainClient(bootstrapServers);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 60_000);
        return settings;
    }

    private static Properties brokerProperties(String host, int port, int controllerPort, Path logDir,
            KafkaLogin admin) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.setProperty("listeners", CLIENT_LISTENER + "://" + host + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + host + ":" + controllerPort);
        p.setProperty("advertised.listeners", CLIENT_LISTENER + "://" + host + ":" + port);
        p.setProperty("listener.security.protocol.map",
                CLIENT_LISTENER + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        p.setProperty("inter.broker.listener.name", CLIENT_LISTENER);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        // The admin is defined here, not as a SCRAM credential: it has to log in before any SCRAM user exists.
        String adminJaas = KafkaLogin.PLAIN_LOGIN_MODULE + " required username=" + KafkaLogin.quoted(admin.userName())
                + " password=" + KafkaLogin.quoted(admin.password())
                + " user_" + admin.userName() + "=" + KafkaLogin.quoted(admin.password()) + ";";
        p.setProperty("sasl.mechanism.controller.protocol", "PLAIN");
        p.setProperty("sasl.mechanism.inter.broker.protocol", "PLAIN");
        p.setProperty("listener.name.controller.sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.controller.plain.sasl.jaas.config", adminJaas);
        p.setProperty("listener.name.clients.sasl.enabled.mechanisms", KafkaLogin.SCRAM_MECHANISM + ",PLAIN");
        p.setProperty("listener.name.clients.plain.sasl.jaas.config", adminJaas);
        p.setProperty("listener.name.clients.scram-sha-512.sasl.jaas.config", KafkaLogin.SCRAM_LOGIN_MODULE + " required;");
        p.setProperty("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        p.setProperty("allow.everyone.if.no.acl.found", "false");
        p.setProperty("super.users", "User:" + admin.userName());
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("metadata.log.dir", logDir.toString());
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
        // Developers and tests restart services all the time; do not make the first consumer wait 3 s for others.
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
