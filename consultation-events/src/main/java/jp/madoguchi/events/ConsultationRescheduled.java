package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** An existing appointment moved to another slot, possibly to another consultant. */
public record ConsultationRescheduled(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        String consultantId,
        Instant previousStartsAt,
        Instant startsAt,
        Instant endsAt,
        ConsultationMode mode) implements ConsultationEvent {
}
