package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The consultation was held. The outcome travels as a category only: the consultant's note is
 * confidential and stays with scheduling.
 */
public record ConsultationCompleted(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        String consultantId,
        ConsultationOutcome outcome) implements ConsultationEvent {
}
