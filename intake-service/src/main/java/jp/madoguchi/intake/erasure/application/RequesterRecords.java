package jp.madoguchi.intake.erasure.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.RequesterErased;
import jp.madoguchi.intake.erasure.domain.RequesterConsultation;

/** The consultation requests, seen by requester. */
public interface RequesterRecords {

    /** A consultation found while looking for requesters whose consultations closed long ago. */
    record Candidate(UUID consultationId, UUID requesterId) {
    }

    /** The pseudonym the consultation carries now (the replacement, once erased). */
    Optional<UUID> requesterOf(UUID consultationId);

    /** Every consultation carrying this pseudonym. */
    List<RequesterConsultation> consultationsOf(UUID requesterId);

    /**
     * Deletes the personal data of one consultation, gives it the replacement pseudonym and queues the event, in one
     * update.
     *
     * @return false, and nothing written, if it no longer carries {@code event.requesterId()} (already erased)
     */
    boolean erase(RequesterErased event);

    /**
     * Consultations not yet erased that closed before {@code cutoff}, in id order after {@code afterConsultationId}
     * (null: from the start), at most {@code limit}.
     */
    List<Candidate> closedBefore(Instant cutoff, UUID afterConsultationId, int limit);
}
