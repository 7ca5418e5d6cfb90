package jp.madoguchi.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.Topic;

/**
 * Plays the other services on the shared embedded broker: sends records as they would (headers as UTF-8
 * bytes, like the outbox relays), logged in as the service that owns the topic, and reads back what the
 * service under test published, as the broker's super user (an operator's view, no consumer group).
 */
public final class PlatformKafka {

    /** A refused login or topic shows at once; there is no reason to wait the default minute. */
    private static final int REFUSAL_PATIENCE_MS = 15_000;

    private PlatformKafka() {
    }

    /** Sends as the one service that may write the topic ({@link ServiceAccount#writerOf}). */
    public static void send(String topic, String key, Map<String, String> headers, byte[] value) {
        send(ServiceAccount.writerOf(topicNamed(topic)), topic, key, headers, value);
    }

    public static void send(String topic, String key, Map<String, String> headers, String json) {
        send(topic, key, headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends as the given service; the broker refuses ({@code TopicAuthorizationException} in the thrown
     * exception's causes) unless its ACLs let it write the topic.
     */
    public static void send(ServiceAccount as, String topic, String key, Map<String, String> headers, byte[] value) {
        RecordHeaders recordHeaders = new RecordHeaders();
        headers.forEach((name, text) -> recordHeaders.add(name, text.getBytes(StandardCharsets.UTF_8)));
        Map<String, Object> settings = new HashMap<>(EmbeddedPlatform.get().kafkaClient(as));
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, REFUSAL_PATIENCE_MS);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(topic, null, key, value, recordHeaders)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    /** Every record with that key on the topic, from the beginning up to its end at the time of the call. */
    public static List<ConsumerRecord<String, byte[]>> recordsWithKey(String topic, String key) {
        return records(EmbeddedPlatform.get().kafkaAdminClient(), topic).stream()
                .filter(record -> key.equals(record.key())).toList();
    }

    /**
     * Every record on the topic of the node these (super user's) client settings reach, from the beginning up to
     * its end at the time of the call, in offset order per partition.
     */
    public static List<ConsumerRecord<String, byte[]>> records(Map<String, Object> adminClient, String topic) {
        Map<String, Object> settings = new HashMap<>(adminClient);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
                        found.add(record);
                    }
                }
            }
            return found;
        }
    }

    /** The names of every topic of the shared node (internal ones left out). */
    public static Set<String> topics() {
        try (Admin admin = Admin.create(EmbeddedPlatform.get().kafkaAdminClient())) {
            return admin.listTopics().names().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while listing topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not list topics", e);
        }
    }

    private static Topic topicNamed(String name) {
        return Arrays.stream(Topic.values()).filter(t -> t.topicName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a platform topic: " + name));
    }

    /** A header's value as text, or {@code null} when the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
