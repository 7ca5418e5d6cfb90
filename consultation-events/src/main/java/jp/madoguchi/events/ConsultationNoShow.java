package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** The owner did not turn up (or did not answer the call) for a booked appointment. */
public record ConsultationNoShow(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        String consultantId) implements ConsultationEvent {
}
