package jp.madoguchi.intake.request.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationCompleted;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsultationNoShow;
import jp.madoguchi.events.ConsultationOutcome;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationWaitlisted;

/**
 * What a scheduling event means for a request's status. {@code asOf} is when it happened at the source: a change
 * older than the one already applied is recorded but does not overwrite the newer status (order tolerance).
 */
public record StatusChange(UUID eventId, UUID consultationId, Instant asOf, RequestStatus status,
        AppointmentChange appointmentChange, Appointment appointment, ConsultationOutcome outcome) {

    /** Whether the change sets, clears or leaves the request's appointment. */
    public enum AppointmentChange { SET, CLEAR, KEEP }

    public StatusChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(status, "status");
        if (appointmentChange == AppointmentChange.SET) {
            Objects.requireNonNull(appointment, "appointment");
        }
    }

    /** Empty for an event that does not change what intake shows. */
    public static Optional<StatusChange> of(ConsultationEvent event) {
        if (event instanceof ConsultationScheduled e) {
            return Optional.of(set(e, RequestStatus.SCHEDULED,
                    new Appointment(e.appointmentId(), e.consultantId(), e.startsAt(), e.endsAt(), e.mode())));
        }
        if (event instanceof ConsultationRescheduled e) {
            return Optional.of(set(e, RequestStatus.SCHEDULED,
                    new Appointment(e.appointmentId(), e.consultantId(), e.startsAt(), e.endsAt(), e.mode())));
        }
        if (event instanceof ConsultationCancelled e) {
            return Optional.of(plain(e, RequestStatus.CANCELLED, AppointmentChange.CLEAR));
        }
        if (event instanceof ConsultationWaitlisted e) {
            return Optional.of(plain(e, RequestStatus.WAITLISTED, AppointmentChange.CLEAR));
        }
        if (event instanceof ConsultationCompleted e) {
            return Optional.of(new StatusChange(e.eventId(), e.consultationId(), e.occurredAt(),
                    RequestStatus.COMPLETED, AppointmentChange.KEEP, null, e.outcome()));
        }
        if (event instanceof ConsultationNoShow e) {
            return Optional.of(plain(e, RequestStatus.NO_SHOW, AppointmentChange.KEEP));
        }
        return Optional.empty();
    }

    private static StatusChange set(ConsultationEvent e, RequestStatus status, Appointment appointment) {
        return new StatusChange(e.eventId(), e.consultationId(), e.occurredAt(), status, AppointmentChange.SET,
                appointment, null);
    }

    private static StatusChange plain(ConsultationEvent e, RequestStatus status, AppointmentChange change) {
        return new StatusChange(e.eventId(), e.consultationId(), e.occurredAt(), status, change, null, null);
    }
}
