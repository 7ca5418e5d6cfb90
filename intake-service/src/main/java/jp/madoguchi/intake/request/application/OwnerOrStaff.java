package jp.madoguchi.intake.request.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import jp.madoguchi.events.RequestedBy;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.request.domain.StatusToken;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/**
 * Who may change a request: its owner, holding the status token, federation staff, and the advisor of its chamber
 * (ADR 0002). Anyone else who could be allowed for some request — an advisor of another chamber, a wrong status
 * token — is told the request does not exist, as for an unknown id. Staff changes, granted or not, are audited.
 */
@Component
class OwnerOrStaff {

    private final ConsultationRequestStore store;
    private final Audit audit;

    OwnerOrStaff(ConsultationRequestStore store, Audit audit) {
        this.store = store;
        this.audit = audit;
    }

    /** A request as found for the caller who may change it, and in which capacity they do. */
    record Changer(StoredConsultation stored, RequestedBy by) {
    }

    /**
     * @throws ConsultationNotFoundException unknown, or not the caller's to change
     * @throws AccessRefusedException the caller's role never changes requests
     */
    Changer authorize(Caller caller, UUID consultationId, String statusToken, AuditAction action) {
        boolean staff = caller.hasAny(Role.FEDERATION_STAFF, Role.CHAMBER_ADVISOR);
        if (!staff && (statusToken == null || !caller.isAnonymous())) {
            throw new AccessRefusedException("Only the owner and staff change requests");
        }
        StoredConsultation stored = store.find(consultationId)
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        String chamberId = stored.status().chamberId();
        Optional<RequestedBy> by = staff ? staffCapacity(caller, chamberId)
                : Optional.of(RequestedBy.OWNER).filter(o -> StatusToken.matches(statusToken, stored.statusTokenHash()));
        if (staff) {
            audit.record(caller, action, consultationId, chamberId,
                    by.isPresent() ? AuditOutcome.GRANTED : AuditOutcome.DENIED);
        }
        return by.map(b -> new Changer(stored, b)).orElseThrow(() -> new ConsultationNotFoundException(consultationId));
    }

    private static Optional<RequestedBy> staffCapacity(Caller caller, String chamberId) {
        if (caller.has(Role.FEDERATION_STAFF)) {
            return Optional.of(RequestedBy.FEDERATION_STAFF);
        }
        return caller.advisesChamber(chamberId) ? Optional.of(RequestedBy.CHAMBER_ADVISOR) : Optional.empty();
    }
}
