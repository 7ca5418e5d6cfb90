package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/** No slot fitted within the booking horizon; the request waits to be promoted. */
public record ConsultationWaitlisted(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        WaitlistReason reason) implements ConsultationEvent {
}
