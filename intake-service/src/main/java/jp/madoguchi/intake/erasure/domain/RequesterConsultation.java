package jp.madoguchi.intake.erasure.domain;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.intake.request.domain.RequestStatus;

/**
 * One consultation of a requester, as much as erasure needs to know of it.
 *
 * @param statusAsOf when the status last changed (null until the first change)
 * @param appointmentEndsAt the end of its appointment, if it has one
 * @param erasedAt when its personal data was erased; null while it is kept
 */
public record RequesterConsultation(UUID consultationId, String chamberId, RequestStatus status, Instant receivedAt,
        Instant statusAsOf, Instant appointmentEndsAt, Instant erasedAt) {

    public boolean erased() {
        return erasedAt != null;
    }

    /**
     * Still waiting for or holding a consultation: received, waitlisted, or scheduled for a time not yet over. Its
     * owner's data is still needed to reach them, so it is not erased.
     */
    public boolean openAt(Instant now) {
        return closedAt() == null || closedAt().isAfter(now);
    }

    /**
     * When it closed: withdrawn, cancelled, completed or no-show when that status was reached; scheduled when its
     * appointment ended (completion may never be reported); null while received or waitlisted.
     */
    public Instant closedAt() {
        return switch (status) {
            case RECEIVED, WAITLISTED -> null;
            case SCHEDULED -> appointmentEndsAt;
            case WITHDRAWN, CANCELLED, COMPLETED, NO_SHOW -> statusAsOf == null ? receivedAt : statusAsOf;
        };
    }
}
