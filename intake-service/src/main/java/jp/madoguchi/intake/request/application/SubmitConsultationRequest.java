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
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.crypto.BlindIndex;
import jp.madoguchi.intake.chamber.application.ChamberRegistry;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.OpenRequestLimit;
import jp.madoguchi.intake.request.domain.OpenRequestLimitReachedException;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.RequestRejectedException;
import jp.madoguchi.intake.request.domain.StatusToken;

/** Takes a consultation request in: checks the domain rules, stores it and its announcement in one write. */
@Service
public class SubmitConsultationRequest {

    private static final Logger log = LoggerFactory.getLogger(SubmitConsultationRequest.class);
    private static final int REFERENCE_CODE_DRAWS = 5;
    /** The blind-index purpose of requester pseudonyms; changing it gives every owner a new one. */
    static final String REQUESTER_PURPOSE = "requester";

    private final ChamberRegistry chambers;
    private final Audit audit;
    private final ConsultationRequestStore store;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String federationId;
    private final String privacyNoticeVersion;
    private final OpenRequestLimit openRequestLimit;
    private final BlindIndex blindIndex;
    private final Counter limitReached;
    private final SecureRandom random = new SecureRandom();

    public SubmitConsultationRequest(ChamberRegistry chambers, ConsultationRequestStore store, Audit audit,
            MeterRegistry meters, Clock clock, IntakeProperties properties, OpenRequestProperties openRequests,
            BlindIndex blindIndex) {
        this.chambers = chambers;
        this.audit = audit;
        this.store = store;
        this.meters = meters;
        this.clock = clock;
        this.federationId = properties.federationId();
        this.privacyNoticeVersion = properties.privacyNoticeVersion();
        this.openRequestLimit = openRequests.limit();
        this.blindIndex = blindIndex;
        this.limitReached = Counter.builder("madoguchi.intake.requests.open-limit-reached")
                .description("Public requests refused because the owner already had the allowed number open")
                .register(meters);
    }

    /**
     * Takes the request in for the caller: anyone through the web form, federation staff for any chamber (phone
     * intake), a chamber advisor for their own chamber only. The channel is who took the request in, whatever the
     * form says: an anonymous caller cannot claim to be the phone desk.
     *
     * @throws AccessRefusedException for other roles, and for an advisor naming another chamber (nothing stored)
     * @throws OpenRequestLimitReachedException for a web-form request of an owner who already has as many open
     *                                          requests as allowed (nothing stored)
     */
    public SubmittedRequest submit(Caller caller, RequestDetails form) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            RequestOrigin origin = originOf(caller, form);
            RequestDetails details = asTakenInBy(origin, form);
            SubmittedRequest submitted = receiveAndStore(details, origin);
            if (!caller.isAnonymous()) {
                audit.record(caller, AuditAction.REQUEST_CREATED_BY_STAFF, submitted.view().consultationId(),
                        details.chamberId(), AuditOutcome.GRANTED);
            }
            outcome = "accepted";
            return submitted;
        } catch (RequestRejectedException | AccessRefusedException | OpenRequestLimitReachedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(Timer.builder("madoguchi.intake.requests.handling")
                    .description("Time to take one request in, by outcome (accepted, rejected, failed)")
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    private static RequestOrigin originOf(Caller caller, RequestDetails form) {
        if (caller.isAnonymous()) {
            return RequestOrigin.PUBLIC_FORM;
        }
        if (caller.has(Role.FEDERATION_STAFF)) {
            return RequestOrigin.FEDERATION_STAFF;
        }
        if (caller.has(Role.CHAMBER_ADVISOR)) {
            if (!caller.advisesChamber(form.chamberId())) {
                throw new AccessRefusedException("An advisor takes requests in for their own chamber only");
            }
            return RequestOrigin.CHAMBER_ADVISOR;
        }
        throw new AccessRefusedException("Only federation staff and chamber advisors take requests in");
    }

    private static RequestDetails asTakenInBy(RequestOrigin origin, RequestDetails form) {
        return switch (origin) {
            case PUBLIC_FORM -> form.withChannel(RequestChannel.WEB);
            case FEDERATION_STAFF -> form;
            case CHAMBER_ADVISOR -> form.withChannel(RequestChannel.CHAMBER_ADVISOR);
        };
    }

    private SubmittedRequest receiveAndStore(RequestDetails details, RequestOrigin origin) {
        UUID consultationId = UUID.randomUUID();
        UUID requesterId = blindIndex.pseudonymOf(REQUESTER_PURPOSE, details.personalData().identity());
        boolean chamberKnown = chambers.isKnown(details.chamberId());
        // MongoDB keeps milliseconds: the stored, announced and shown times must be the same instant.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int draw = 1; ; draw++) {
            WithEvents<ConsultationRequest> received = ConsultationRequest.receive(details, chamberKnown,
                    privacyNoticeVersion, origin, consultationId, ReferenceCode.generate(random), requesterId,
                    receivedAt, federationId);
            ConsultationRequest request = received.state();
            StatusToken statusToken = StatusToken.issue(random);
            try {
                if (origin == RequestOrigin.PUBLIC_FORM) {
                    insertWithinOpenRequestLimit(received, statusToken, receivedAt);
                } else {
                    store.insert(received, statusToken.hash(), null);
                }
            } catch (ReferenceCodeTakenException e) {
                if (draw == REFERENCE_CODE_DRAWS) {
                    throw e;
                }
                continue;
            }
            Counter.builder("madoguchi.intake.requests.accepted")
                    .description("Consultation requests stored and announced, by channel, topic and origin")
                    .tags("channel", details.channel().name(), "topic", details.topic().name(), "origin",
                            origin.name())
                    .register(meters)
                    .increment();
            log.info("Consultation request {} received for chamber {} via {}", consultationId, details.chamberId(),
                    details.channel());
            return new SubmittedRequest(ConsultationStatusView.of(request.initialStatus()), statusToken);
        }
    }

    /**
     * Takes the first of the owner's open-request slots that is free, or that a finished request still holds (it is
     * given back here: nothing has to run when a request ends). The unique index on the slot decides races.
     */
    private void insertWithinOpenRequestLimit(WithEvents<ConsultationRequest> received, StatusToken statusToken,
            Instant now) {
        for (String slot : openRequestLimit.slotsOf(received.state().requesterId().toString())) {
            if (tookSlot(received, statusToken, slot, now)) {
                return;
            }
        }
        limitReached.increment();
        throw new OpenRequestLimitReachedException(openRequestLimit.perRequester());
    }

    private boolean tookSlot(WithEvents<ConsultationRequest> received, StatusToken statusToken, String slot,
            Instant now) {
        try {
            store.insert(received, statusToken.hash(), slot);
            return true;
        } catch (OpenRequestSlotTakenException taken) {
            boolean holderFinished = store.find(taken.holder()).map(h -> !h.status().isOpenAt(now)).orElse(true);
            if (!holderFinished) {
                return false;
            }
            // Whoever wins a race to release it, the slot is free now; the insert below competes for it fairly.
            store.releaseOpenRequestSlot(taken.holder(), slot);
        }
        try {
            store.insert(received, statusToken.hash(), slot);
            return true;
        } catch (OpenRequestSlotTakenException takenAgain) {
            return false;
        }
    }
}
