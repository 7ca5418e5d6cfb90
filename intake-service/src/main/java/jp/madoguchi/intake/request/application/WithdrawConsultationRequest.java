package jp.madoguchi.intake.request.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.request.application.ConcurrentChanges.Change;
import jp.madoguchi.intake.request.application.ConcurrentChanges.Changed;
import jp.madoguchi.intake.request.application.OwnerOrStaff.Changer;
import jp.madoguchi.intake.request.domain.RequestStatus;
import jp.madoguchi.platform.security.Caller;

/**
 * The owner (with the status token) or staff take a request back; scheduling then frees its slot or waitlist place
 * ({@code consultation.withdrawn}). Withdrawing what is already withdrawn answers the same and announces nothing
 * twice.
 */
@Service
public class WithdrawConsultationRequest {

    private static final Logger log = LoggerFactory.getLogger(WithdrawConsultationRequest.class);

    private final OwnerOrStaff access;
    private final ConcurrentChanges changes;
    private final Clock clock;
    private final String federationId;
    private final MeterRegistry meters;

    WithdrawConsultationRequest(OwnerOrStaff access, ConcurrentChanges changes, Clock clock,
            IntakeProperties properties, MeterRegistry meters) {
        this.access = access;
        this.changes = changes;
        this.clock = clock;
        this.federationId = properties.federationId();
        this.meters = meters;
    }

    /**
     * @throws ConsultationNotFoundException unknown, or not the caller's
     * @throws jp.madoguchi.intake.request.domain.RequestNotChangeableException finished, or its consultation begun
     */
    public ConsultationStatusView withdraw(Caller caller, UUID consultationId, String statusToken,
            WithdrawalReason reason) {
        Changer changer = access.authorize(caller, consultationId, statusToken, AuditAction.REQUEST_WITHDRAWN);
        Changed result = changes.apply(changer.stored().status(), seen -> {
            if (seen.status() == RequestStatus.WITHDRAWN) {
                return null;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            return new Change(seen.withdraw(reason, changer.by(), now, federationId), null);
        });
        if (result.changed()) {
            Counter.builder("madoguchi.intake.requests.withdrawn")
                    .description("Requests taken back, by who asked (owner, federation staff, chamber advisor)")
                    .tag("by", changer.by().name())
                    .register(meters)
                    .increment();
            log.info("Consultation request {} withdrawn by {} ({})", consultationId, changer.by(), reason);
        }
        return ConsultationStatusView.of(result.status());
    }
}
