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
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.request.application.ConcurrentChanges.Change;
import jp.madoguchi.intake.request.application.ConcurrentChanges.Changed;
import jp.madoguchi.intake.request.application.OwnerOrStaff.Changer;
import jp.madoguchi.intake.request.domain.DatePreferences;
import jp.madoguchi.platform.security.Caller;

/**
 * The owner (with the status token) or staff ask for another date with new preferences; scheduling moves the
 * appointment, or waitlists the request when nothing fits ({@code consultation.date-change-requested}). Until it
 * answers, the request shows the change as pending.
 */
@Service
public class AskForAnotherDate {

    private static final Logger log = LoggerFactory.getLogger(AskForAnotherDate.class);

    private final OwnerOrStaff access;
    private final ConcurrentChanges changes;
    private final Clock clock;
    private final String federationId;
    private final MeterRegistry meters;

    AskForAnotherDate(OwnerOrStaff access, ConcurrentChanges changes, Clock clock, IntakeProperties properties,
            MeterRegistry meters) {
        this.access = access;
        this.changes = changes;
        this.clock = clock;
        this.federationId = properties.federationId();
        this.meters = meters;
    }

    /**
     * @throws ConsultationNotFoundException unknown, or not the caller's
     * @throws jp.madoguchi.intake.request.domain.RequestNotChangeableException finished, begun, or moved too often
     * @throws jp.madoguchi.intake.request.domain.RequestRejectedException preferences outside service days
     */
    public ConsultationStatusView ask(Caller caller, UUID consultationId, String statusToken,
            DatePreferences preferences) {
        Changer changer = access.authorize(caller, consultationId, statusToken, AuditAction.DATE_CHANGE_REQUESTED);
        Changed result = changes.apply(changer.stored().status(), seen -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            return new Change(seen.askForAnotherDate(preferences, changer.by(), now, federationId), preferences);
        });
        Counter.builder("madoguchi.intake.requests.date-changes")
                .description("Requests for another date, by who asked (owner, federation staff, chamber advisor)")
                .tag("by", changer.by().name())
                .register(meters)
                .increment();
        log.info("Another date asked for consultation request {} by {}", consultationId, changer.by());
        return ConsultationStatusView.of(result.status());
    }
}
