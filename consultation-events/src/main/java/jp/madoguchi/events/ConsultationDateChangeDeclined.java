package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Scheduling's answer to a {@link ConsultationDateChangeRequested} it could not meet: the consultation stays as it
 * was (its appointment kept, or still on the waitlist), so the owner never loses a date by asking for a better one.
 *
 * @param dateChangeEventId the {@code eventId} of the request for another date this answers
 */
public record ConsultationDateChangeDeclined(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID dateChangeEventId,
        DateChangeDeclineReason reason) implements ConsultationEvent {
}
