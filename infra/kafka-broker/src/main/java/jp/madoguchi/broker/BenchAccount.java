package jp.madoguchi.broker;

import java.util.List;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import jp.madoguchi.events.Topic;

/**
 * The benchmark harness's principal ({@code bench/}, issue #8). It only observes the platform: it reads
 * {@code madoguchi.scheduling.events} in its own consumer group, to time when a decision arrives, and writes and
 * reads its private round-trip topic, the raw Kafka baseline. It writes no platform topic, so a benchmark can
 * never forge a decision. It is not a service: devstack declares it ({@link PlatformKafkaNode#declareBench});
 * compose and the tests' embedded platform do not.
 */
public final class BenchAccount {

    public static final String USER_NAME = "bench";
    public static final String CONSUMER_GROUP = "madoguchi-bench";
    public static final String ROUND_TRIP_TOPIC = "madoguchi.bench.roundtrip";
    /** As many partitions as the topic the platform is timed on, so the baseline has the same shape. */
    public static final int ROUND_TRIP_PARTITIONS = Topic.SCHEDULING_EVENTS.partitions();

    private BenchAccount() {
    }

    /**
     * READ and DESCRIBE on the scheduling topic; WRITE, READ and DESCRIBE on the round-trip topic; READ on its
     * group; all literal names. The round-trip topic is created by the admin, not by this user.
     */
    public static List<AclBinding> aclBindings() {
        String scheduling = Topic.SCHEDULING_EVENTS.topicName();
        return List.of(
                allow(ResourceType.TOPIC, scheduling, AclOperation.READ),
                allow(ResourceType.TOPIC, scheduling, AclOperation.DESCRIBE),
                allow(ResourceType.TOPIC, ROUND_TRIP_TOPIC, AclOperation.WRITE),
                allow(ResourceType.TOPIC, ROUND_TRIP_TOPIC, AclOperation.READ),
                allow(ResourceType.TOPIC, ROUND_TRIP_TOPIC, AclOperation.DESCRIBE),
                allow(ResourceType.GROUP, CONSUMER_GROUP, AclOperation.READ));
    }

    private static AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + USER_NAME, "*", operation, AclPermissionType.ALLOW));
    }
}
