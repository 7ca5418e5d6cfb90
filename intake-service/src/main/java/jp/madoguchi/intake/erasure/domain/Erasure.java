package jp.madoguchi.intake.erasure.domain;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.events.ErasureTrigger;
import jp.madoguchi.events.RequesterErased;

/**
 * Erasing one requester: the pseudonym they had, the one their consultations carry from now on (the same for all of
 * them, so repeat use is still counted right, and never derived from anything personal), and why.
 */
public record Erasure(UUID requesterId, UUID replacementRequesterId, ErasureTrigger trigger) {

    /** The announcement that goes with erasing one consultation, in the same update. */
    public RequesterErased of(UUID consultationId, Instant now, String federationId) {
        return new RequesterErased(UUID.randomUUID(), now, consultationId, federationId, requesterId,
                replacementRequesterId, trigger);
    }
}
