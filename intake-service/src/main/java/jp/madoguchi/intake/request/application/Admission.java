package jp.madoguchi.intake.request.application;

import java.util.UUID;

/**
 * What is stored with a request besides the request itself, written in the same insert.
 *
 * @param statusTokenHash the hash of the requester's status token
 * @param openRequestSlot the owner's open-request slot the request takes (unique among stored requests), or null for
 *                        a request that counts against no limit
 * @param idempotency the caller's idempotency key claimed by this request (unique among stored requests), or null
 * @param possibleDuplicateOf the same owner's request on the same topic from the last day, for staff to look at; or
 *                            null
 */
public record Admission(String statusTokenHash, String openRequestSlot, IdempotencyClaim idempotency,
        UUID possibleDuplicateOf) {

    Admission inSlot(String slot) {
        return new Admission(statusTokenHash, slot, idempotency, possibleDuplicateOf);
    }
}
