package jp.madoguchi.intake.request.application;

import jp.madoguchi.intake.request.domain.StatusToken;

/**
 * A request just taken in: its status, and the status token the requester sees this once and never again (or again,
 * to the same idempotency key and request, while the key lives).
 *
 * @param replayed the answer to a request already taken in with the same idempotency key: nothing new was stored
 * @param possibleDuplicate taken in and flagged for staff as a likely duplicate (whether or not the caller may see
 *                          the flag)
 */
public record SubmittedRequest(ConsultationStatusView view, StatusToken statusToken, boolean replayed,
        boolean possibleDuplicate) {
}
