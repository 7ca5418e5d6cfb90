package jp.madoguchi.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The versioned CloudEvents type name of each record, and the topic it travels on. The type name,
 * not a Java class name, is what goes on the wire; a change that breaks an old golden sample is a
 * new version (a new constant and record), never an edit.
 */
public enum EventType {
    CONSULTATION_REQUESTED_V1("jp.madoguchi.consultation.requested.v1", ConsultationRequested.class, Topic.INTAKE_EVENTS),
    CONSULTATION_WITHDRAWN_V1("jp.madoguchi.consultation.withdrawn.v1", ConsultationWithdrawn.class, Topic.INTAKE_EVENTS),
    CONSULTATION_DATE_CHANGE_REQUESTED_V1("jp.madoguchi.consultation.date-change-requested.v1",
            ConsultationDateChangeRequested.class, Topic.INTAKE_EVENTS),
    REQUESTER_ERASED_V1("jp.madoguchi.requester.erased.v1", RequesterErased.class, Topic.INTAKE_EVENTS),
    CONSULTATION_SCHEDULED_V1("jp.madoguchi.consultation.scheduled.v1", ConsultationScheduled.class, Topic.SCHEDULING_EVENTS),
    CONSULTATION_RESCHEDULED_V1("jp.madoguchi.consultation.rescheduled.v1", ConsultationRescheduled.class, Topic.SCHEDULING_EVENTS),
    CONSULTATION_DATE_CHANGE_DECLINED_V1("jp.madoguchi.consultation.date-change-declined.v1",
            ConsultationDateChangeDeclined.class, Topic.SCHEDULING_EVENTS),
    CONSULTATION_WAITLISTED_V1("jp.madoguchi.consultation.waitlisted.v1", ConsultationWaitlisted.class, Topic.SCHEDULING_EVENTS),
    CONSULTATION_CANCELLED_V1("jp.madoguchi.consultation.cancelled.v1", ConsultationCancelled.class, Topic.SCHEDULING_EVENTS),
    CONSULTATION_COMPLETED_V1("jp.madoguchi.consultation.completed.v1", ConsultationCompleted.class, Topic.SCHEDULING_EVENTS),
    CONSULTATION_NO_SHOW_V1("jp.madoguchi.consultation.no-show.v1", ConsultationNoShow.class, Topic.SCHEDULING_EVENTS),
    NOTIFICATION_DELIVERED_V1("jp.madoguchi.notification.delivered.v1", NotificationDelivered.class, Topic.NOTIFICATION_EVENTS),
    NOTIFICATION_FAILED_V1("jp.madoguchi.notification.failed.v1", NotificationFailed.class, Topic.NOTIFICATION_EVENTS);

    private static final Map<String, EventType> BY_TYPE_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));
    private static final Map<Class<?>, EventType> BY_RECORD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private final String typeName;
    private final Class<? extends ConsultationEvent> recordType;
    private final Topic topic;

    EventType(String typeName, Class<? extends ConsultationEvent> recordType, Topic topic) {
        this.typeName = typeName;
        this.recordType = recordType;
        this.topic = topic;
    }

    public String typeName() {
        return typeName;
    }

    public Class<? extends ConsultationEvent> recordType() {
        return recordType;
    }

    public Topic topic() {
        return topic;
    }

    public static EventType of(ConsultationEvent event) {
        return BY_RECORD.get(event.getClass());
    }

    /** Empty for a type this build does not know: a newer producer's event, which a tolerant consumer skips. */
    public static Optional<EventType> fromTypeName(String typeName) {
        return Optional.ofNullable(typeName).map(BY_TYPE_NAME::get);
    }
}
