package jp.madoguchi.intake.request.application;

import java.util.UUID;

import jp.madoguchi.intake.request.domain.ConsultationStatus;

/**
 * A request's status together with what deciding access needs: its chamber and assigned consultant (in the
 * status) and the hash of the requester's status token; and, for staff, a likely earlier duplicate. No personal
 * data.
 */
public record StoredConsultation(ConsultationStatus status, String statusTokenHash, UUID possibleDuplicateOf) {

    /** The consultant of the current appointment; none while unscheduled, waitlisted or after a cancellation. */
    public String assignedConsultantId() {
        return status.appointment() == null ? null : status.appointment().consultantId();
    }
}
