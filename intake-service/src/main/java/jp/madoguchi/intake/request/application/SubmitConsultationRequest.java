package jp.madoguchi.intake.request.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.chamber.application.ChamberRegistry;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.RequestRejectedException;
import jp.madoguchi.intake.request.domain.StatusToken;

/** Takes a consultation request in: checks the domain rules, stores it and its announcement in one write. */
@Service
public class SubmitConsultationRequest {

    private static final Logger log = LoggerFactory.getLogger(SubmitConsultationRequest.class);
    private static final int REFERENCE_CODE_DRAWS = 5;

    private final ChamberRegistry chambers;
    private final Audit audit;
    private final ConsultationRequestStore store;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String federationId;
    private final SecureRandom random = new SecureRandom();

    public SubmitConsultationRequest(ChamberRegistry chambers, ConsultationRequestStore store, Audit audit,
            MeterRegistry meters, Clock clock, IntakeProperties properties) {
        this.chambers = chambers;
        this.audit = audit;
        this.store = store;
        this.meters = meters;
        this.clock = clock;
        this.federationId = properties.federationId();
    }

    /**
     * Takes the request in for the caller: anyone through the web form, federation staff for any chamber (phone
     * intake), a chamber advisor for their own chamber only. The channel is who took the request in, whatever the
     * form says: an anonymous caller cannot claim to be the phone desk.
     *
     * @throws AccessRefusedException for other roles, and for an advisor naming another chamber (nothing stored)
     */
    public SubmittedRequest submit(Caller caller, RequestDetails form) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            RequestDetails details = asTakenInBy(caller, form);
            SubmittedRequest submitted = receiveAndStore(details);
            if (!caller.isAnonymous()) {
                audit.record(caller, AuditAction.REQUEST_CREATED_BY_STAFF, submitted.view().consultationId(),
                        details.chamberId(), AuditOutcome.GRANTED);
            }
            outcome = "accepted";
            return submitted;
        } catch (RequestRejectedException | AccessRefusedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(Timer.builder("madoguchi.intake.requests.handling")
                    .description("Time to take one request in, by outcome (accepted, rejected, failed)")
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private static RequestDetails asTakenInBy(Caller caller, RequestDetails form) {
        if (caller.isAnonymous()) {
            return form.withChannel(RequestChannel.WEB);
        }
        if (caller.has(Role.FEDERATION_STAFF)) {
            return form;
        }
        if (caller.has(Role.CHAMBER_ADVISOR)) {
            if (!caller.advisesChamber(form.chamberId())) {
                throw new AccessRefusedException("An advisor takes requests in for their own chamber only");
            }
            return form.withChannel(RequestChannel.CHAMBER_ADVISOR);
        }
        throw new AccessRefusedException("Only federation staff and chamber advisors take requests in");
    }

    private SubmittedRequest receiveAndStore(RequestDetails details) {
        UUID consultationId = UUID.randomUUID();
        // A fresh pseudonym per request for now; linking a returning owner's requests comes with requester accounts.
        UUID requesterId = UUID.randomUUID();
        boolean chamberKnown = chambers.isKnown(details.chamberId());
        // MongoDB keeps milliseconds: the stored, announced and shown times must be the same instant.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int draw = 1; ; draw++) {
            WithEvents<ConsultationRequest> received = ConsultationRequest.receive(details, chamberKnown, consultationId,
                    ReferenceCode.generate(random), requesterId, receivedAt, federationId);
            ConsultationRequest request = received.state();
            StatusToken statusToken = StatusToken.issue(random);
            try {
                store.insert(received, statusToken.hash());
            } catch (ReferenceCodeTakenException e) {
                if (draw == REFERENCE_CODE_DRAWS) {
                    throw e;
                }
                continue;
            }
            Counter.builder("madoguchi.intake.requests.accepted")
                    .description("Consultation requests stored and announced, by channel and topic")
                    .tags("channel", details.channel().name(), "topic", details.topic().name())
                    .register(meters)
                    .increment();
            log.info("Consultation request {} received for chamber {} via {}", consultationId, details.chamberId(),
                    details.channel());
            return new SubmittedRequest(ConsultationStatusView.of(request.initialStatus()), statusToken);
        }
    }
}
