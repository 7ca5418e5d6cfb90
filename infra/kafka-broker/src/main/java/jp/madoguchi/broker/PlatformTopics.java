package jp.madoguchi.broker;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.madoguchi.events.Topic;

/**
 * Declares every topic of {@link Topic} with its partition count. Idempotent: topics that exist are kept
 * (with their records); one that has fewer partitions than declared is grown, never shrunk.
 */
final class PlatformTopics {

    private static final Logger log = LoggerFactory.getLogger(PlatformTopics.class);
    private static final long TIMEOUT_SECONDS = 60;

    private PlatformTopics() {
    }

    static void declare(Admin admin) {
        try {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = Arrays.stream(Topic.values())
                    .filter(t -> !existing.contains(t.topicName()))
                    .map(t -> new NewTopic(t.topicName(), t.partitions(), (short) 1))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("Created topics {}", missing.stream().map(NewTopic::name).toList());
            }
            growIfNeeded(admin);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring topics", e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not declare the platform's topics", e);
        }
    }

    /** The benchmark harness's round-trip topic ({@link BenchAccount}), created when missing. */
    static void declareBenchTopic(Admin admin) {
        try {
            if (!admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .contains(BenchAccount.ROUND_TRIP_TOPIC)) {
                admin.createTopics(List.of(new NewTopic(BenchAccount.ROUND_TRIP_TOPIC,
                        BenchAccount.ROUND_TRIP_PARTITIONS, (short) 1))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                log.info("Created topic {}", BenchAccount.ROUND_TRIP_TOPIC);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while declaring " + BenchAccount.ROUND_TRIP_TOPIC, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not declare " + BenchAccount.ROUND_TRIP_TOPIC, e);
        }
    }

    private static void growIfNeeded(Admin admin) throws InterruptedException, ExecutionException,
            java.util.concurrent.TimeoutException {
        Map<String, TopicDescription> described = admin.describeTopics(Topic.allNames())
                .allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<String, NewPartitions> grow = Arrays.stream(Topic.values())
                .filter(t -> described.get(t.topicName()).partitions().size() < t.partitions())
                .collect(Collectors.toMap(Topic::topicName, t -> NewPartitions.increaseTo(t.partitions())));
        if (!grow.isEmpty()) {
            admin.createPartitions(grow).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            log.info("Grew partitions of {}", grow.keySet());
        }
    }
}
