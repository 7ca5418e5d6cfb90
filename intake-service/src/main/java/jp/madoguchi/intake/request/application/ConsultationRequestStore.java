package jp.madoguchi.intake.request.application;

import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.StatusChange;

/** Where requests live. One request is one document: its state and its pending events are written together. */
public interface ConsultationRequestStore {

    /**
     * Stores the request, the hash of its status token and its announcement in one write (the outbox).
     *
     * @param openRequestSlot the owner's open-request slot the request takes (unique among stored requests), or null
     *                        for a request that counts against no limit
     * @throws ReferenceCodeTakenException if another request already holds the reference code
     * @throws OpenRequestSlotTakenException if another request holds the slot
     */
    void insert(WithEvents<ConsultationRequest> received, String statusTokenHash, String openRequestSlot);

    /** Lets a finished request give its open-request slot back; false if it no longer held it. */
    boolean releaseOpenRequestSlot(UUID holder, String openRequestSlot);

    Optional<StoredConsultation> find(UUID consultationId);

    /** The contact details (never the story), decrypted lazily. */
    Optional<StoredContact> findContact(UUID consultationId);

    /** Applies a change at most once per event id, in one update together with the record of that event id. */
    ApplyOutcome apply(StatusChange change);
}
