package jp.madoguchi.intake.request.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.intake.request.domain.StatusToken;

/**
 * A request's status, for whoever may see it (ADR 0002): the requester holding its status token; federation staff
 * and admins; the advisor of its chamber. Anyone else who could be allowed for some request — an advisor of another
 * chamber, a wrong status token — is told the request does not exist, exactly as for an unknown id.
 */
@Service
public class ConsultationStatusQuery {

    private final ConsultationRequestStore store;
    private final Audit audit;

    ConsultationStatusQuery(ConsultationRequestStore store, Audit audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * @param statusToken the {@code X-Status-Token} the caller presented, or {@code null}
     * @throws ConsultationNotFoundException unknown, or not the caller's to see
     * @throws AccessRefusedException the caller's role never sees request statuses
     */
    public ConsultationStatusView find(Caller caller, UUID consultationId, String statusToken) {
        boolean staff = caller.hasAny(Role.FEDERATION_STAFF, Role.ADMIN, Role.CHAMBER_ADVISOR);
        if (!staff && statusToken == null) {
            throw new AccessRefusedException("Role without access to request statuses");
        }
        StoredConsultation stored = store.find(consultationId)
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        String chamberId = stored.status().chamberId();
        if (caller.hasAny(Role.FEDERATION_STAFF, Role.ADMIN) || caller.advisesChamber(chamberId)) {
            audit.record(caller, AuditAction.STATUS_READ_BY_STAFF, consultationId, chamberId, AuditOutcome.GRANTED);
            return ConsultationStatusView.of(stored.status()).withPossibleDuplicateOf(stored.possibleDuplicateOf());
        }
        if (StatusToken.matches(statusToken, stored.statusTokenHash())) {
            return ConsultationStatusView.of(stored.status());
        }
        if (staff) {
            audit.record(caller, AuditAction.STATUS_READ_BY_STAFF, consultationId, chamberId, AuditOutcome.DENIED);
        }
        throw new ConsultationNotFoundException(consultationId);
    }
}
