package jp.madoguchi.intake.erasure.domain;

import java.util.List;
import java.util.UUID;

/** The requester still has a consultation to come: withdraw it first (their contact details are still needed). */
public class RequesterHasOpenRequestsException extends RuntimeException {

    private final List<UUID> openConsultationIds;

    public RequesterHasOpenRequestsException(List<UUID> openConsultationIds) {
        super("The requester has " + openConsultationIds.size() + " open requests");
        this.openConsultationIds = List.copyOf(openConsultationIds);
    }

    public List<UUID> openConsultationIds() {
        return openConsultationIds;
    }
}
