package jp.madoguchi.testsupport;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import de.bwaldvogel.mongo.MongoServer;
import jp.madoguchi.events.Topic;

/**
 * One real Kafka broker (KRaft, in this JVM) and one MongoDB wire-protocol server per test JVM,
 * started on first use and shared by every test class, so a module's tests pay the start-up once.
 * The platform's topics are declared exactly as devstack declares them; auto-creation is off, so a
 * binding to an undeclared topic fails here as it would in production.
 */
public final class EmbeddedPlatform {

    private static EmbeddedPlatform instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final InetSocketAddress mongoAddress;

    private EmbeddedPlatform() {
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "3"));
        kafka.afterPropertiesSet();
        declareTopics(kafka.getBrokersAsString());
        mongo = new MongoServer(new HelloAwareMemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoAddress = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "embedded-platform-stop"));
    }

    public static synchronized EmbeddedPlatform get() {
        if (instance == null) {
            instance = new EmbeddedPlatform();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String mongoUri(String database) {
        return "mongodb://" + mongoAddress.getHostString() + ":" + mongoAddress.getPort() + "/" + database;
    }

    private static void declareTopics(String bootstrapServers) {
        List<NewTopic> topics = Arrays.stream(Topic.values())
                .map(t -> new NewTopic(t.topicName(), t.partitions(), (short) 1))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(topics).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not declare the platform's topics", e);
        }
    }

    private void stop() {
        mongo.shutdownNow();
        kafka.destroy();
    }
}
