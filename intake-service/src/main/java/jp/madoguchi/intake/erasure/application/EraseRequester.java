package jp.madoguchi.intake.erasure.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.ErasureTrigger;
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.erasure.domain.Erasure;
import jp.madoguchi.intake.erasure.domain.RequesterConsultation;
import jp.madoguchi.intake.erasure.domain.RequesterHasOpenRequestsException;
import jp.madoguchi.intake.request.application.ConsultationNotFoundException;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/**
 * Erases all personal data of a requester: every consultation carrying their pseudonym, and whatever the
 * {@link PersonalDataHolder}s keep. Each consultation is erased in one update together with its
 * {@code requester.erased} event, and only while it still carries the old pseudonym: after a crash at any point,
 * erasing again finishes what is left and announces nothing twice. Erasing an erased requester answers the same.
 */
@Service
public class EraseRequester {

    /** Who the audit trail names when the retention job erases. */
    static final Caller RETENTION_JOB = new Caller("intake-service/retention", Set.of(), Set.of(), null, null);

    private static final Logger log = LoggerFactory.getLogger(EraseRequester.class);

    private final RequesterRecords records;
    private final List<PersonalDataHolder> holders;
    private final ErasureLedger ledger;
    private final ErasureRequests erasureRequests;
    private final Audit audit;
    private final Clock clock;
    private final String federationId;
    private final MeterRegistry meters;

    EraseRequester(RequesterRecords records, List<PersonalDataHolder> holders, ErasureLedger ledger,
            ErasureRequests erasureRequests, Audit audit, Clock clock, IntakeProperties properties,
            MeterRegistry meters) {
        this.records = records;
        this.holders = holders;
        this.ledger = ledger;
        this.erasureRequests = erasureRequests;
        this.audit = audit;
        this.clock = clock;
        this.federationId = properties.federationId();
        this.meters = meters;
    }

    /**
     * An administrator erases the requester of this consultation, with all their other consultations.
     *
     * @throws AccessRefusedException not an administrator
     * @throws ConsultationNotFoundException unknown consultation
     * @throws RequesterHasOpenRequestsException a consultation of the requester is still to come: withdraw it first
     */
    public ErasureResult eraseByStaff(Caller caller, UUID consultationId) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Only administrators erase requesters");
        }
        UUID requesterId = records.requesterOf(consultationId)
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
        Optional<Erasure> cutShort = ledger.withReplacement(requesterId);
        if (cutShort.isPresent()) {
            // This request was erased by an erasure a crash interrupted: finish it (its open check was made).
            return erase(cutShort.get(), caller, now());
        }
        List<RequesterConsultation> consultations = records.consultationsOf(requesterId);
        Instant now = now();
        List<RequesterConsultation> kept = consultations.stream().filter(c -> !c.erased()).toList();
        List<UUID> open = kept.stream().filter(c -> c.openAt(now)).map(RequesterConsultation::consultationId).toList();
        String chamberId = consultations.stream().filter(c -> c.consultationId().equals(consultationId))
                .map(RequesterConsultation::chamberId).findFirst().orElse(null);
        if (!open.isEmpty()) {
            audit.record(caller, AuditAction.REQUESTER_ERASED, consultationId, chamberId, AuditOutcome.DENIED);
            throw new RequesterHasOpenRequestsException(open);
        }
        if (kept.isEmpty()) {
            audit.record(caller, AuditAction.REQUESTER_ERASED, consultationId, chamberId, AuditOutcome.GRANTED);
            return result(consultations, 0);
        }
        return erase(ledger.begin(requesterId, ErasureTrigger.STAFF), kept, caller, now);
    }

    /**
     * Erases a requester whose consultations are all closed, or finishes an erasure begun before a crash (the open
     * check was made when it began).
     */
    ErasureResult erase(Erasure erasure, Caller actor, Instant now) {
        List<RequesterConsultation> kept = records.consultationsOf(erasure.requesterId()).stream()
                .filter(c -> !c.erased()).toList();
        return erase(erasure, kept, actor, now);
    }

    private ErasureResult erase(Erasure erasure, List<RequesterConsultation> kept, Caller actor, Instant now) {
        List<UUID> ids = kept.stream().map(RequesterConsultation::consultationId).toList();
        // First everything else, while the requests can still be found by the old pseudonym.
        holders.forEach(holder -> holder.eraseFor(erasure.requesterId(), ids));
        int erasedNow = 0;
        for (RequesterConsultation consultation : kept) {
            if (records.erase(erasure.of(consultation.consultationId(), now, federationId))) {
                erasedNow++;
                audit.record(actor, AuditAction.REQUESTER_ERASED, consultation.consultationId(),
                        consultation.chamberId(), AuditOutcome.GRANTED);
            }
        }
        List<RequesterConsultation> after = records.consultationsOf(erasure.replacementRequesterId());
        erasureRequests.resolve(after.stream().map(RequesterConsultation::consultationId).toList(), now);
        ledger.finish(erasure.requesterId());
        if (erasedNow > 0) {
            Counter.builder("madoguchi.intake.erasures")
                    .description("Consultation requests whose personal data was erased, by what triggered it")
                    .tag("trigger", erasure.trigger().name())
                    .register(meters)
                    .increment(erasedNow);
            log.info("Erased the personal data of {} consultation requests ({})", erasedNow, erasure.trigger());
        }
        return result(after, erasedNow);
    }

    private static ErasureResult result(List<RequesterConsultation> consultations, int erasedNow) {
        return new ErasureResult(
                consultations.stream().map(RequesterConsultation::consultationId).sorted().toList(),
                consultations.stream().map(RequesterConsultation::erasedAt).filter(Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(null),
                erasedNow);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
