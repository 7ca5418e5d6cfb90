package jp.madoguchi.intake.erasure.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.erasure.domain.ErasureRequest;
import jp.madoguchi.intake.request.application.ConsultationNotFoundException;
import jp.madoguchi.intake.request.application.ConsultationRequestStore;
import jp.madoguchi.intake.request.application.StoredConsultation;
import jp.madoguchi.intake.request.domain.StatusToken;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/**
 * The owner asks, with the status token, that their personal data be erased. It is recorded for staff, who erase
 * (the owner may still have a consultation to come, or staff may have to keep a record for a while); asking again
 * keeps the first request. Staff see the pending requests.
 */
@Service
public class AskForErasure {

    /** Who the audit trail names when an owner asks: they have no account, only the status token. */
    static final Caller OWNER = new Caller("owner", Set.of(), Set.of(), null, null);
    private static final int MAX_LISTED = 500;

    private final ConsultationRequestStore store;
    private final ErasureRequests requests;
    private final Audit audit;
    private final Clock clock;

    AskForErasure(ConsultationRequestStore store, ErasureRequests requests, Audit audit, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws AccessRefusedException a caller with a bearer token (staff erase directly) or without a status token
     * @throws ConsultationNotFoundException unknown consultation, or a status token that is not its own
     */
    public ErasureRequest ask(Caller caller, UUID consultationId, String statusToken) {
        if (!caller.isAnonymous() || statusToken == null) {
            throw new AccessRefusedException("Only the owner asks for erasure, with the status token");
        }
        StoredConsultation stored = store.find(consultationId)
                .filter(s -> StatusToken.matches(statusToken, s.statusTokenHash()))
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        String chamberId = stored.status().chamberId();
        ErasureRequest recorded = requests.record(new ErasureRequest(consultationId, chamberId,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), null));
        audit.record(OWNER, AuditAction.ERASURE_REQUESTED, consultationId, chamberId, AuditOutcome.GRANTED);
        return recorded;
    }

    /**
     * The pending requests, oldest first.
     *
     * @throws AccessRefusedException neither an administrator nor federation staff
     */
    public List<ErasureRequest> pending(Caller caller) {
        if (!caller.hasAny(Role.ADMIN, Role.FEDERATION_STAFF)) {
            throw new AccessRefusedException("Only administrators and federation staff see erasure requests");
        }
        return requests.pending(MAX_LISTED);
    }
}
