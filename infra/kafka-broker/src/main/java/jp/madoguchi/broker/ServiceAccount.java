package jp.madoguchi.broker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.Topic;

/**
 * Each service's Kafka principal and everything it may do (issue #7, finding 5). A service writes only the
 * topic it owns and its own dead-letter topic (the binder publishes dead letters with the consuming
 * service's producer), reads only the topics it consumes, and joins only its own consumer group. So a record
 * on {@code madoguchi.scheduling.events} was written by scheduling-service: intake lets a consultant read an
 * owner's contact details on the strength of a {@code consultation.scheduled} nobody else can forge.
 *
 * <p>The user name is the service's name, which is also its consumer group and {@code spring.application.name}.
 * Compose's {@code kafka-init} grants the same ACLs; {@code ComposeFileTest} keeps the two equal.
 */
public enum ServiceAccount {
    INTAKE(ConsumerGroup.INTAKE_SERVICE,
            Set.of(Topic.INTAKE_EVENTS, Topic.INTAKE_SERVICE_DLQ),
            Set.of(Topic.SCHEDULING_EVENTS)),
    SCHEDULING(ConsumerGroup.SCHEDULING_SERVICE,
            Set.of(Topic.SCHEDULING_EVENTS, Topic.SCHEDULING_SERVICE_DLQ),
            Set.of(Topic.INTAKE_EVENTS)),
    NOTIFICATION(ConsumerGroup.NOTIFICATION_SERVICE,
            Set.of(Topic.NOTIFICATION_EVENTS, Topic.NOTIFICATION_SERVICE_DLQ),
            Set.of(Topic.SCHEDULING_EVENTS)),
    ANALYTICS(ConsumerGroup.ANALYTICS_SERVICE,
            Set.of(Topic.ANALYTICS_SERVICE_DLQ),
            Set.of(Topic.INTAKE_EVENTS, Topic.SCHEDULING_EVENTS, Topic.NOTIFICATION_EVENTS));

    private final ConsumerGroup group;
    private final Set<Topic> writes;
    private final Set<Topic> reads;

    ServiceAccount(ConsumerGroup group, Set<Topic> writes, Set<Topic> reads) {
        this.group = group;
        this.writes = writes;
        this.reads = reads;
    }

    /** The SCRAM user name and Kafka principal {@code User:<name>}: the service's name. */
    public String userName() {
        return group.groupId();
    }

    public ConsumerGroup consumerGroup() {
        return group;
    }

    public Set<Topic> writes() {
        return writes;
    }

    public Set<Topic> reads() {
        return reads;
    }

    /** The service a {@code spring.application.name} names, if it is one that uses Kafka. */
    public static Optional<ServiceAccount> named(String userName) {
        return Arrays.stream(values()).filter(a -> a.userName().equals(userName)).findFirst();
    }

    /** The one service that may write to the topic. */
    public static ServiceAccount writerOf(Topic topic) {
        return Arrays.stream(values()).filter(a -> a.writes.contains(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service writes " + topic.topicName()));
    }

    /**
     * WRITE and DESCRIBE on each topic it writes, READ and DESCRIBE on each topic it reads, READ on its group,
     * all literal names. WRITE on a topic also covers the idempotent producers' InitProducerId (KIP-679); no
     * service uses transactions, so no transactional id is granted.
     */
    public List<AclBinding> aclBindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (Topic topic : writes) {
            bindings.add(allow(ResourceType.TOPIC, topic.topicName(), AclOperation.WRITE));
            bindings.add(allow(ResourceType.TOPIC, topic.topicName(), AclOperation.DESCRIBE));
        }
        for (Topic topic : reads) {
            bindings.add(allow(ResourceType.TOPIC, topic.topicName(), AclOperation.READ));
            bindings.add(allow(ResourceType.TOPIC, topic.topicName(), AclOperation.DESCRIBE));
        }
        bindings.add(allow(ResourceType.GROUP, group.groupId(), AclOperation.READ));
        return bindings;
    }

    private AclBinding allow(ResourceType type, String name, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, PatternType.LITERAL),
                new AccessControlEntry("User:" + userName(), "*", operation, AclPermissionType.ALLOW));
    }
}
