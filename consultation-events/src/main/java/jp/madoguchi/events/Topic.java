package jp.madoguchi.events;

import java.util.Arrays;
import java.util.List;

/**
 * The platform's Kafka topics. One topic per producing service, not per event type, because
 * per-consultation order must hold across types (scheduled, then rescheduled, then cancelled) and
 * Kafka orders only within a partition of one topic. Topics are declared by the platform (devstack,
 * compose, tests), never auto-created by a client.
 */
public enum Topic {
    INTAKE_EVENTS("madoguchi.intake.events", 6),
    SCHEDULING_EVENTS("madoguchi.scheduling.events", 6),
    NOTIFICATION_EVENTS("madoguchi.notification.events", 6),
    INTAKE_SERVICE_DLQ(ConsumerGroup.INTAKE_SERVICE.deadLetterTopic(), 1),
    SCHEDULING_SERVICE_DLQ(ConsumerGroup.SCHEDULING_SERVICE.deadLetterTopic(), 1),
    NOTIFICATION_SERVICE_DLQ(ConsumerGroup.NOTIFICATION_SERVICE.deadLetterTopic(), 1),
    ANALYTICS_SERVICE_DLQ(ConsumerGroup.ANALYTICS_SERVICE.deadLetterTopic(), 1);

    private final String topicName;
    private final int partitions;

    Topic(String topicName, int partitions) {
        this.topicName = topicName;
        this.partitions = partitions;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    public static List<String> allNames() {
        return Arrays.stream(values()).map(Topic::topicName).toList();
    }
}
