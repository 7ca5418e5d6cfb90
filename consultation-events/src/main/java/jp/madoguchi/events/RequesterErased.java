package jp.madoguchi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Intake deleted the personal data of this consultation's requester (one event per consultation of that requester).
 * What remains of the consultation is non-personal; the requester is known from now on by a replacement pseudonym
 * that no later request of the same person will carry, so counts of repeat use stay right without linking anyone.
 *
 * @param requesterId the pseudonym the consultation carried until now ({@code consultation.requested})
 * @param replacementRequesterId the pseudonym it carries from now on, the same for every consultation erased together
 */
public record RequesterErased(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        UUID requesterId,
        UUID replacementRequesterId,
        ErasureTrigger trigger) implements ConsultationEvent {
}
