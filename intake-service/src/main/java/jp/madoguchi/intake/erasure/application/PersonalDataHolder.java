package jp.madoguchi.intake.erasure.application;

import java.util.List;
import java.util.UUID;

/**
 * Anything beside the consultation requests that holds personal or linkable data of a requester (a cache keyed by
 * the requester's pseudonym, a web-form receipt). Erasure calls every holder before it erases the requests
 * themselves, so that a crash in between leaves the requests still findable by their pseudonym and the erasure is
 * done again in full. Must be idempotent: called again for what is already gone, it does nothing.
 */
public interface PersonalDataHolder {

    /**
     * Deletes what this holder keeps of the requester.
     *
     * @param requesterId the requester's pseudonym until this erasure
     * @param consultationIds every consultation of the requester being erased
     */
    void eraseFor(UUID requesterId, List<UUID> consultationIds);
}
