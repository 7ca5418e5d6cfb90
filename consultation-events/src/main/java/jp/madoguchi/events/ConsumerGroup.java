package jp.madoguchi.events;

/** Each consuming service is one consumer group with one dead-letter topic of its own. */
public enum ConsumerGroup {
    INTAKE_SERVICE("intake-service"),
    SCHEDULING_SERVICE("scheduling-service"),
    NOTIFICATION_SERVICE("notification-service"),
    ANALYTICS_SERVICE("analytics-service");

    private final String groupId;

    ConsumerGroup(String groupId) {
        this.groupId = groupId;
    }

    public String groupId() {
        return groupId;
    }

    public String deadLetterTopic() {
        return "madoguchi.dlq." + groupId;
    }
}
