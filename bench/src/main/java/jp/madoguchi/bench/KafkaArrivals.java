package jp.madoguchi.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import jp.madoguchi.broker.BenchAccount;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;

/**
 * The harness's own consumer, in its own group: notes when each scheduling decision and each round-trip record
 * reaches it, by key (the consultation id; the probe id). It joins and seeks to the end of both topics before
 * any load starts, so it times only what this run causes, and it never asks the services anything.
 */
final class KafkaArrivals implements AutoCloseable {

    /** What an arrival was, in the report's words. */
    static final String SCHEDULED = "scheduled";
    static final String WAITLISTED = "waitlisted";
    static final String ROUND_TRIP = "round-trip";
    private static final String SCHEDULING_TOPIC = Topic.SCHEDULING_EVENTS.topicName();
    private static final Duration JOIN_PATIENCE = Duration.ofSeconds(60);

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile long decisionsBefore;

    /** When a record reached the harness (System.nanoTime) and what it was. */
    record Arrival(long nanos, String type) {
    }

    private KafkaArrivals(Map<String, Object> login) {
        Map<String, Object> settings = new HashMap<>(login);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, BenchAccount.CONSUMER_GROUP);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        thread = new Thread(this::consume, "bench-kafka-arrivals");
        thread.setDaemon(true);
    }

    /** Joins the group, takes every partition of both topics, seeks to their ends; returns once positioned. */
    static KafkaArrivals start(Map<String, Object> login) {
        KafkaArrivals arrivals = new KafkaArrivals(login);
        arrivals.thread.start();
        try {
            if (!arrivals.positioned.await(JOIN_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                arrivals.close();
                throw new IllegalStateException("The bench consumer did not join within " + JOIN_PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while joining", e);
        }
        RuntimeException failed = arrivals.failure.get();
        if (failed != null) {
            throw failed;
        }
        return arrivals;
    }

    /** How many records the scheduling topic held when the harness joined: the history's decisions. */
    long decisionsBefore() {
        return decisionsBefore;
    }

    Arrival arrival(String key) {
        return arrivals.get(key);
    }

    private void consume() {
        try {
            consumer.subscribe(List.of(SCHEDULING_TOPIC, BenchAccount.ROUND_TRIP_TOPIC), new SeekToEnd());
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    note(record, System.nanoTime());
                }
            }
        } catch (WakeupException closing) {
            // close() asked the poll to return.
        } catch (RuntimeException e) {
            failure.set(e);
            positioned.countDown();
        } finally {
            consumer.close();
        }
    }

    private void note(ConsumerRecord<String, byte[]> record, long now) {
        if (record.key() == null) {
            return;
        }
        if (record.topic().equals(BenchAccount.ROUND_TRIP_TOPIC)) {
            arrivals.putIfAbsent(record.key(), new Arrival(now, ROUND_TRIP));
            return;
        }
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        String typeName = type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
        // The first decision is the one timed; a later cancellation of the same consultation is not.
        if (EventType.CONSULTATION_SCHEDULED_V1.typeName().equals(typeName)) {
            arrivals.putIfAbsent(record.key(), new Arrival(now, SCHEDULED));
        } else if (EventType.CONSULTATION_WAITLISTED_V1.typeName().equals(typeName)) {
            arrivals.putIfAbsent(record.key(), new Arrival(now, WAITLISTED));
        }
    }

    /**
     * Resolves "the end" at the first assignment, before the load, rather than at the first fetch, which may
     * come after the first records of this run. Later assignments (the harness is the group's only member, so
     * there should be none) keep their positions.
     */
    private final class SeekToEnd implements ConsumerRebalanceListener {

        private static final Set<String> TOPICS = Set.of(SCHEDULING_TOPIC, BenchAccount.ROUND_TRIP_TOPIC);

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (positioned.getCount() == 0) {
                return;
            }
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long assignedTopics = consumer.assignment().stream().map(TopicPartition::topic).distinct()
                    .filter(TOPICS::contains).count();
            if (assignedTopics == TOPICS.size()) {
                decisionsBefore = consumer.assignment().stream()
                        .filter(p -> p.topic().equals(SCHEDULING_TOPIC))
                        .mapToLong(consumer::position).sum();
                positioned.countDown();
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing is committed: each run starts at the end again.
        }
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
