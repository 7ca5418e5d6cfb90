package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Every fact the platform hands between services. Records only: the JSON body is the record's
 * components, the type name travels in the {@code ce_type} header (see {@link EventType}).
 *
 * <p>No component may hold personal data (names, phones, e-mail, the owner's story): the requester
 * appears only as a pseudonymous id that means nothing outside intake.
 */
public sealed interface ConsultationEvent
        permits ConsultationRequested, ConsultationWithdrawn, ConsultationDateChangeRequested, ConsultationScheduled,
        ConsultationRescheduled, ConsultationDateChangeDeclined,
        ConsultationWaitlisted, ConsultationCancelled, ConsultationCompleted, ConsultationNoShow,
        NotificationDelivered, NotificationFailed, RequesterErased {

    UUID eventId();

    Instant occurredAt();

    /** Also the Kafka key: all events of one consultation land on one partition, in order. */
    UUID consultationId();

    String federationId();
}
