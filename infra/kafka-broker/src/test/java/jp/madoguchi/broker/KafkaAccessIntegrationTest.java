package jp.madoguchi.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.Topic;

/**
 * Issue #7, finding 5: anyone who reached the broker could write a forged {@code consultation.scheduled}, and
 * intake then let that consultant read the owner's contact details. On the node devstack and the tests run,
 * only scheduling-service may write {@code madoguchi.scheduling.events}, and each service reads only what it
 * consumes, in its own group.
 */
class KafkaAccessIntegrationTest {

    private static final String SCHEDULING_EVENTS = Topic.SCHEDULING_EVENTS.topicName();
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static Path logDir;
    private static int port;
    private static int controllerPort;
    private static PlatformKafkaNode node;
    private static final Map<ServiceAccount, String> PASSWORDS = new EnumMap<>(ServiceAccount.class);
    private static final String BENCH_PASSWORD = "bench-password";

    @BeforeAll
    static void startNode() throws IOException {
        logDir = Files.createTempDirectory("kafka-access");
        for (ServiceAccount account : ServiceAccount.values()) {
            PASSWORDS.put(account, account.userName() + "-password");
        }
        port = freePort();
        controllerPort = freePort();
        node = PlatformKafkaNode.start("127.0.0.1", port, controllerPort, logDir, "admin-password");
        node.declare(PASSWORDS);
        node.declareBench(BENCH_PASSWORD);
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void anUnauthenticatedClientCannotProduceToTheSchedulingTopic() {
        Map<String, Object> plaintext = new HashMap<>();
        plaintext.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, node.bootstrapServers());
        long before = endOffsetSum(SCHEDULING_EVENTS);

        assertThatThrownBy(() -> produce(plaintext, SCHEDULING_EVENTS)).isInstanceOf(ExecutionException.class);
        assertThat(endOffsetSum(SCHEDULING_EVENTS)).isEqualTo(before);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> wrong = new KafkaLogin(ServiceAccount.SCHEDULING.userName(), "guessed")
                .scramClient(node.bootstrapServers());

        assertThatThrownBy(() -> produce(wrong, SCHEDULING_EVENTS))
                .hasCauseInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void theSchedulingServiceWritesItsOwnTopic() throws Exception {
        long before = endOffsetSum(SCHEDULING_EVENTS);

        produce(as(ServiceAccount.SCHEDULING), SCHEDULING_EVENTS);

        assertThat(endOffsetSum(SCHEDULING_EVENTS)).isEqualTo(before + 1);
    }

    /** The forged {@code consultation.scheduled} of the finding, from each service that is not scheduling. */
    @ParameterizedTest
    @EnumSource(value = ServiceAccount.class, names = "SCHEDULING", mode = EnumSource.Mode.EXCLUDE)
    void noOtherServiceMayWriteTheSchedulingTopic(ServiceAccount account) {
        long before = endOffsetSum(SCHEDULING_EVENTS);

        assertThatThrownBy(() -> produce(as(account), SCHEDULING_EVENTS))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
        assertThat(endOffsetSum(SCHEDULING_EVENTS)).isEqualTo(before);
    }

    @Test
    void aServiceWritesItsOwnDeadLetterTopicButNotAnotherServices() throws Exception {
        produce(as(ServiceAccount.ANALYTICS), ConsumerGroup.ANALYTICS_SERVICE.deadLetterTopic());

        assertThatThrownBy(() -> produce(as(ServiceAccount.ANALYTICS), ConsumerGroup.INTAKE_SERVICE.deadLetterTopic()))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void aServiceReadsWhatItConsumesInItsOwnGroup() {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer(as(ServiceAccount.SCHEDULING))) {
            producer.send(new ProducerRecord<>(SCHEDULING_EVENTS, key, "scheduled")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        try (KafkaConsumer<String, String> consumer = consumer(ServiceAccount.INTAKE,
                ConsumerGroup.INTAKE_SERVICE.groupId())) {
            consumer.subscribe(List.of(SCHEDULING_EVENTS));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.stream().noneMatch(r -> key.equals(r.key())) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            assertThat(seen).anyMatch(r -> key.equals(r.key()));
        }
    }

    /** Intake publishes {@code madoguchi.intake.events} but does not consume it. */
    @Test
    void aServiceCannotReadATopicItDoesNotConsume() {
        try (KafkaConsumer<String, String> consumer = consumer(ServiceAccount.INTAKE,
                ConsumerGroup.INTAKE_SERVICE.groupId())) {
            consumer.subscribe(List.of(Topic.INTAKE_EVENTS.topicName()));

            assertThatThrownBy(() -> pollFor(consumer)).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    /** Notification reads the scheduling topic, but not as intake's group (it would take intake's records). */
    @Test
    void aServiceCannotUseAnotherServicesGroup() {
        try (KafkaConsumer<String, String> consumer = consumer(ServiceAccount.NOTIFICATION,
                ConsumerGroup.INTAKE_SERVICE.groupId())) {
            consumer.subscribe(List.of(SCHEDULING_EVENTS));

            assertThatThrownBy(() -> pollFor(consumer)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    /** Issue #8: the benchmark harness times the platform's decisions; it must not be able to make one. */
    @Test
    void theBenchUserWritesItsRoundTripTopicButNoPlatformTopic() throws Exception {
        long before = endOffsetSum(BenchAccount.ROUND_TRIP_TOPIC);

        produce(asBench(), BenchAccount.ROUND_TRIP_TOPIC);

        assertThat(endOffsetSum(BenchAccount.ROUND_TRIP_TOPIC)).isEqualTo(before + 1);
        assertThatThrownBy(() -> produce(asBench(), SCHEDULING_EVENTS))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void theBenchUserReadsTheSchedulingTopicInItsOwnGroupOnly() {
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer(as(ServiceAccount.SCHEDULING))) {
            producer.send(new ProducerRecord<>(SCHEDULING_EVENTS, key, "scheduled")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }

        try (KafkaConsumer<String, String> consumer = consumer(asBench(), BenchAccount.CONSUMER_GROUP)) {
            consumer.subscribe(List.of(SCHEDULING_EVENTS));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.stream().noneMatch(r -> key.equals(r.key())) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            assertThat(seen).anyMatch(r -> key.equals(r.key()));
        }
        try (KafkaConsumer<String, String> consumer = consumer(asBench(), ConsumerGroup.INTAKE_SERVICE.groupId())) {
            consumer.subscribe(List.of(SCHEDULING_EVENTS));

            assertThatThrownBy(() -> pollFor(consumer)).isInstanceOf(GroupAuthorizationException.class);
        }
    }

    @Test
    void usersAndAclsSurviveARestartAndADeclarationTwice() {
        node.close();
        node = PlatformKafkaNode.start("127.0.0.1", port, controllerPort, logDir, "admin-password");
        node.declare(PASSWORDS);

        assertThatThrownBy(() -> produce(as(ServiceAccount.INTAKE), SCHEDULING_EVENTS))
                .hasCauseInstanceOf(TopicAuthorizationException.class);
    }

    private static void pollFor(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200));
        }
    }

    private static Map<String, Object> as(ServiceAccount account) {
        return new KafkaLogin(account.userName(), PASSWORDS.get(account)).scramClient(node.bootstrapServers());
    }

    private static void produce(Map<String, Object> settings, String topic) throws Exception {
        try (KafkaProducer<String, String> producer = producer(settings)) {
            producer.send(new ProducerRecord<>(topic, "key", "forged")).get();
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(settings);
        all.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) PATIENCE.toMillis());
        all.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
        all.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis() / 2);
        return new KafkaProducer<>(all, new StringSerializer(), new StringSerializer());
    }

    private static Map<String, Object> asBench() {
        return new KafkaLogin(BenchAccount.USER_NAME, BENCH_PASSWORD).scramClient(node.bootstrapServers());
    }

    private static KafkaConsumer<String, String> consumer(ServiceAccount account, String group) {
        return consumer(as(account), group);
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> login, String group) {
        Map<String, Object> all = new HashMap<>(login);
        all.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        all.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(all, new StringDeserializer(), new StringDeserializer());
    }

    private static long endOffsetSum(String topic) {
        Map<String, Object> settings = new HashMap<>(node.adminClient());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
