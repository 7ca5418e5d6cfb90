package jp.madoguchi.intake.request.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.intake.access.IntakeScopes;
import jp.madoguchi.intake.request.domain.ContactDetails;

/**
 * How to reach a requester (ADR 0002), never their story: the notification service's client (scope {@code
 * intake.contact.read}) gets name, business name, phone and e-mail; the consultant assigned to the consultation
 * gets name and phone. Every read is in the audit trail before the data leaves; so are refused attempts on an
 * existing request.
 */
@Service
public class ContactQuery {

    private final ConsultationRequestStore store;
    private final Audit audit;

    ContactQuery(ConsultationRequestStore store, Audit audit) {
        this.store = store;
        this.audit = audit;
    }

    /**
     * @throws ConsultationNotFoundException unknown, or a consultant not assigned to it
     * @throws AccessRefusedException neither the contact scope nor the consultant role
     */
    public ContactDetails read(Caller caller, UUID consultationId) {
        boolean client = caller.hasScope(IntakeScopes.CONTACT_READ);
        if (!client && !caller.has(Role.CONSULTANT)) {
            throw new AccessRefusedException("Neither the contact scope nor a consultant");
        }
        StoredContact stored = store.findContact(consultationId)
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        boolean assigned = caller.has(Role.CONSULTANT) && caller.consultantId() != null
                && caller.consultantId().equals(stored.assignedConsultantId());
        if (!client && !assigned) {
            audit.record(caller, AuditAction.CONTACT_READ, consultationId, stored.chamberId(), AuditOutcome.DENIED);
            throw new ConsultationNotFoundException(consultationId);
        }
        // Recorded before the data is even decrypted: if the audit trail cannot be written, nothing is shown.
        audit.record(caller, AuditAction.CONTACT_READ, consultationId, stored.chamberId(), AuditOutcome.GRANTED);
        ContactDetails details = stored.details().get();
        return client ? details : details.forConsultant();
    }
}
