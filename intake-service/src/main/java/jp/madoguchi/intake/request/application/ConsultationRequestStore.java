package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.DatePreferences;
import jp.madoguchi.intake.request.domain.StatusChange;

/** Where requests live. One request is one document: its state and its pending events are written together. */
public interface ConsultationRequestStore {

    /**
     * Stores the request, what is admitted with it and its announcement in one write (the outbox).
     *
     * @throws ReferenceCodeTakenException if another request already holds the reference code
     * @throws OpenRequestSlotTakenException if another request holds the open-request slot
     * @throws IdempotencyKeyTakenException if another request holds the idempotency key
     */
    void insert(WithEvents<ConsultationRequest> received, Admission admission);

    /** The request holding the idempotency key (by its blind index), alive or expired. */
    Optional<IdempotentAnswer> findByIdempotencyKey(String keyIndex);

    /** Lets a request give an expired idempotency key back (and forget the status token kept for replays). */
    void releaseIdempotencyKey(UUID holder, String keyIndex);

    /** Gives back every idempotency key expired before {@code now}; how many. A background job's scan. */
    int forgetIdempotencyKeysExpiredBefore(Instant now);

    /** Lets a finished request give its open-request slot back; false if it no longer held it. */
    boolean releaseOpenRequestSlot(UUID holder, String openRequestSlot);

    Optional<StoredConsultation> find(UUID consultationId);

    /** The contact details (never the story), decrypted lazily. */
    Optional<StoredContact> findContact(UUID consultationId);

    /** Applies a change at most once per event id, in one update together with the record of that event id. */
    ApplyOutcome apply(StatusChange change);

    /**
     * Scheduling could not give the other date asked for at or before {@code asOf}: the wait ends, status and
     * appointment stay. At most once per event id.
     */
    ApplyOutcome dateChangeDeclined(UUID eventId, UUID consultationId, Instant asOf);

    /**
     * Writes a change the owner or staff made, with its events, if the request is still as {@code seen} (status,
     * appointment time and date changes): false if scheduling changed it meanwhile, and nothing is written.
     *
     * @param preferences the new date preferences, or null when they stay
     */
    boolean change(ConsultationStatus seen, WithEvents<ConsultationStatus> changed, DatePreferences preferences);
}
