package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** An appointment was booked: a consultant, a slot and a mode. */
public record ConsultationScheduled(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        String consultantId,
        Instant startsAt,
        Instant endsAt,
        ConsultationMode mode) implements ConsultationEvent {
}
