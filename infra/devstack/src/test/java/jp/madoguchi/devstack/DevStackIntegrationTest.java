package jp.madoguchi.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import jp.madoguchi.broker.KafkaLogin;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.Topic;

/**
 * Starts the real stack twice on one data directory: what was written before the restart is still there, and
 * the services log in with the passwords devstack generated the first time.
 */
class DevStackIntegrationTest {

    private static final String TOPIC = Topic.INTAKE_EVENTS.topicName();

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsRecordsOffsetsAndDocumentsAcrossARestart() throws Exception {
        int[] ports = freePorts(3);
        DevStackSettings settings = new DevStackSettings(DevStackSettings.HOST, ports[0], ports[1], ports[2],
                dataDir, dataDir.resolve("secrets"));
        String key = UUID.randomUUID().toString();
        String group = ConsumerGroup.SCHEDULING_SERVICE.groupId();
        String documentId = UUID.randomUUID().toString();
        RecordMetadata sent;

        try (DevStack stack = DevStack.start(settings)) {
            assertThat(stack.readyLine()).isEqualTo("devstack ready kafka=127.0.0.1:" + settings.kafkaPort()
                    + " mongo=mongodb://127.0.0.1:" + settings.mongoPort());
            assertThat(partitionsByTopic(settings)).containsAllEntriesOf(declaredPartitions());

            sent = produce(settings, key, "hello from before the restart");
            try (KafkaConsumer<String, String> consumer = consumer(settings, group)) {
                assertThat(pollUntilKey(consumer, key).value()).isEqualTo("hello from before the restart");
                consumer.commitSync();
            }

            try (MongoClient client = MongoClients.create(settings.mongoConnectionString())) {
                documents(client).insertOne(new Document("_id", documentId).append("chamberId", "ichinomiya"));
                assertThat(documents(client).find(new Document("_id", documentId)).first())
                        .containsEntry("chamberId", "ichinomiya");
                // Spring Boot's Mongo health indicator asks each service's database this.
                assertThat(client.getDatabase("intake").runCommand(new Document("hello", 1)))
                        .containsEntry("isWritablePrimary", true);
            }
        }

        Map<ServiceAccount, String> passwords = KafkaSecrets.in(settings.secretsDir()).servicePasswords();
        assertThat(Files.getPosixFilePermissions(settings.secretsDir().resolve("kafka-intake-service.secret")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        try (DevStack restarted = DevStack.start(settings)) {
            assertThat(KafkaSecrets.in(settings.secretsDir()).servicePasswords()).isEqualTo(passwords);
            try (MongoClient client = MongoClients.create(settings.mongoConnectionString())) {
                assertThat(documents(client).find(new Document("_id", documentId)).first())
                        .isNotNull()
                        .containsEntry("chamberId", "ichinomiya");
            }
            assertThat(partitionsByTopic(settings)).containsAllEntriesOf(declaredPartitions());
            TopicPartition partition = new TopicPartition(sent.topic(), sent.partition());
            assertThat(committedOffset(settings, group, partition)).isEqualTo(sent.offset() + 1);
            try (KafkaConsumer<String, String> fresh = fromTheBeginning(settings)) {
                assertThat(pollUntilKey(fresh, key).value()).isEqualTo("hello from before the restart");
            }
        }
    }

    @Test
    void refusesToStartWhenAPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(DevStackSettings.HOST))) {
            int[] ports = freePorts(2);
            DevStackSettings settings = new DevStackSettings(DevStackSettings.HOST, ports[0], ports[1],
                    taken.getLocalPort(), dataDir, dataDir.resolve("secrets"));
            assertThatThrownBy(() -> DevStack.start(settings))
                    .isInstanceOf(PortAlreadyInUseException.class)
                    .hasMessageContaining("MongoDB port 127.0.0.1:" + taken.getLocalPort() + " is already in use");
        }
    }

    private static Map<String, Integer> declaredPartitions() {
        return java.util.Arrays.stream(Topic.values())
                .collect(Collectors.toMap(Topic::topicName, Topic::partitions));
    }

    private static Map<String, Integer> partitionsByTopic(DevStackSettings settings) throws Exception {
        try (Admin admin = admin(settings)) {
            Map<String, TopicDescription> described = admin.describeTopics(Topic.allNames()).allTopicNames().get();
            return described.values().stream()
                    .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().size()));
        }
    }

    private static long committedOffset(DevStackSettings settings, String group, TopicPartition partition)
            throws Exception {
        try (Admin admin = admin(settings)) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            assertThat(offsets).containsKey(partition);
            return offsets.get(partition).offset();
        }
    }

    private static RecordMetadata produce(DevStackSettings settings, String key, String value) throws Exception {
        Properties props = new Properties();
        props.putAll(as(settings, ServiceAccount.INTAKE));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            return producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    private static KafkaConsumer<String, String> consumer(DevStackSettings settings, String group) {
        Properties props = new Properties();
        props.putAll(as(settings, ServiceAccount.SCHEDULING));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    /** Without a group: every partition of the topic from its first record. */
    private static KafkaConsumer<String, String> fromTheBeginning(DevStackSettings settings) {
        Properties props = new Properties();
        props.putAll(as(settings, ServiceAccount.SCHEDULING));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static ConsumerRecord<String, String> pollUntilKey(KafkaConsumer<String, String> consumer, String key) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().anyMatch(r -> key.equals(r.key()));
        });
        return seen.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static MongoCollection<Document> documents(MongoClient client) {
        return client.getDatabase("devstack-test").getCollection("restart");
    }

    private static Admin admin(DevStackSettings settings) {
        String password = KafkaSecrets.in(settings.secretsDir()).adminPassword();
        return Admin.create(KafkaLogin.admin(password).plainClient(settings.kafkaBootstrapServers()));
    }

    /** The services' own logins: intake writes its topic, scheduling reads it in its group. */
    private static Map<String, Object> as(DevStackSettings settings, ServiceAccount account) {
        String password = KafkaSecrets.in(settings.secretsDir()).servicePasswords().get(account);
        return new KafkaLogin(account.userName(), password).scramClient(settings.kafkaBootstrapServers());
    }

    /** Distinct ports: each socket stays open until all are chosen, so the system cannot hand one out twice. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName(DevStackSettings.HOST)));
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
