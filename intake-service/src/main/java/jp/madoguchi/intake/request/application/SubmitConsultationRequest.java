package jp.madoguchi.intake.request.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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
import jp.madoguchi.intake.chamber.domain.ChamberStanding;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.OpenRequestLimit;
import jp.madoguchi.intake.request.domain.OpenRequestLimitReachedException;
import jp.madoguchi.intake.request.domain.PersonalData;
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
    private static final String IDEMPOTENCY_KEY_PURPOSE = "idempotency-key";
    private static final String FINGERPRINT_PURPOSE = "request-content";
    /** How far back a request of the same owner on the same topic makes a new one a likely duplicate. */
    private static final Duration DUPLICATE_WINDOW = Duration.ofHours(24);

    private final ChamberRegistry chambers;
    private final Audit audit;
    private final ConsultationRequestStore store;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String federationId;
    private final String privacyNoticeVersion;
    private final OpenRequestLimit openRequestLimit;
    private final BlindIndex blindIndex;
    /** A key given back by an expired holder is taken on the second attempt; a third means a race lost twice. */
    private static final int KEY_TAKING_ATTEMPTS = 2;

    private final Counter limitReached;
    private final Counter replayed;
    private final Counter possibleDuplicates;
    private final RecentRequests recentRequests;
    private final Duration idempotencyKeyLifetime;
    private final SecureRandom random = new SecureRandom();

    public SubmitConsultationRequest(ChamberRegistry chambers, ConsultationRequestStore store, Audit audit,
            MeterRegistry meters, Clock clock, IntakeProperties properties, OpenRequestProperties openRequests,
            BlindIndex blindIndex, RecentRequests recentRequests) {
        this.chambers = chambers;
        this.audit = audit;
        this.store = store;
        this.meters = meters;
        this.clock = clock;
        this.federationId = properties.federationId();
        this.privacyNoticeVersion = properties.privacyNoticeVersion();
        this.openRequestLimit = openRequests.limit();
        this.blindIndex = blindIndex;
        this.recentRequests = recentRequests;
        this.idempotencyKeyLifetime = properties.idempotencyKeyLifetime();
        this.limitReached = Counter.builder("madoguchi.intake.requests.open-limit-reached")
                .description("Public requests refused because the owner already had the allowed number open")
                .register(meters);
        this.replayed = Counter.builder("madoguchi.intake.requests.idempotent-replays")
                .description("Requests sent again with the same idempotency key and body: answered as the first, "
                        + "nothing stored")
                .register(meters);
        this.possibleDuplicates = Counter.builder("madoguchi.intake.requests.possible-duplicates")
                .description("Requests stored with a flag for staff: the same owner asked about the same topic "
                        + "within a day, without an idempotency key")
                .register(meters);
    }

    /**
     * Takes the request in for the caller: anyone through the web form, federation staff for any chamber (phone
     * intake), a chamber advisor for their own chamber only. The channel is who took the request in, whatever the
     * form says: an anonymous caller cannot claim to be the phone desk.
     *
     * @param idempotencyKey the caller's key for this request, or null: the same key with the same request answers
     *                       as the first time (with the same status token) and stores nothing new
     * @throws AccessRefusedException for other roles, and for an advisor naming another chamber (nothing stored)
     * @throws IdempotencyKeyReusedException for a key sent before with another request (nothing stored)
     * @throws OpenRequestLimitReachedException for a web-form request of an owner who already has as many open
     *                                          requests as allowed (nothing stored)
     */
    public SubmittedRequest submit(Caller caller, RequestDetails form, IdempotencyKey idempotencyKey) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            RequestOrigin origin = originOf(caller, form);
            RequestDetails details = asTakenInBy(origin, form);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            StatusToken statusToken = StatusToken.issue(random);
            IdempotencyClaim claim = idempotencyKey == null ? null
                    : new IdempotencyClaim(blindIndex.of(IDEMPOTENCY_KEY_PURPOSE, idempotencyKey.scopedBy(caller)),
                            fingerprint(details), statusToken, now.plus(idempotencyKeyLifetime));
            SubmittedRequest submitted = null;
            for (int attempt = 1; submitted == null; attempt++) {
                try {
                    submitted = receiveAndStore(details, origin, caller, statusToken, claim, now);
                } catch (IdempotencyKeyTakenException | OpenRequestLimitReachedException held) {
                    // Stored first, read on a collision only: nearly every key is new. A send repeated (or twice
                    // at once) collides on its key, or on its owner's open-request slots the first send holds.
                    Optional<SubmittedRequest> replay = claim == null ? Optional.empty()
                            : replayOf(claim, caller, now);
                    if (replay.isPresent()) {
                        outcome = "replayed";
                        replayed.increment();
                        return replay.get();
                    }
                    if (held instanceof OpenRequestLimitReachedException) {
                        limitReached.increment();
                    }
                    if (held instanceof OpenRequestLimitReachedException || attempt == KEY_TAKING_ATTEMPTS) {
                        throw held;
                    }
                    // The key's holder gave it back (it had expired, or its holder was erased): take it now.
                }
            }
            if (!caller.isAnonymous()) {
                audit.record(caller, AuditAction.REQUEST_CREATED_BY_STAFF, submitted.view().consultationId(),
                        details.chamberId(), AuditOutcome.GRANTED);
            }
            outcome = "accepted";
            return submitted;
        } catch (RequestRejectedException | AccessRefusedException | OpenRequestLimitReachedException
                | IdempotencyKeyReusedException e) {
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

    /**
     * The answer a request holding the key was given, if the key is still alive; refused if the key came with
     * another request. An expired key is given back by its holder, so the call proceeds as new.
     */
    private Optional<SubmittedRequest> replayOf(IdempotencyClaim claim, Caller caller, Instant now) {
        Optional<IdempotentAnswer> held = store.findByIdempotencyKey(claim.keyIndex());
        if (held.isEmpty()) {
            return Optional.empty();
        }
        IdempotentAnswer answer = held.get();
        if (!answer.expiresAt().isAfter(now)) {
            store.releaseIdempotencyKey(answer.status().consultationId(), claim.keyIndex());
            return Optional.empty();
        }
        if (!answer.fingerprint().equals(claim.fingerprint())) {
            throw new IdempotencyKeyReusedException();
        }
        ConsultationStatusView view = ConsultationStatusView.of(answer.status());
        return Optional.of(new SubmittedRequest(view, answer.statusToken(), true, false));
    }

    /** The request's content, all of it, as a keyed hash: equal for the same form sent again, nothing else. */
    private String fingerprint(RequestDetails d) {
        PersonalData p = d.personalData();
        return blindIndex.of(FINGERPRINT_PURPOSE, String.join("\u001f", d.chamberId(), d.channel().name(), p.name(),
                String.valueOf(p.nameKana()), p.businessName(), String.valueOf(p.phone()), String.valueOf(p.email()),
                p.description(), String.valueOf(d.industry()), String.valueOf(d.employees()), d.topic().name(),
                d.preferredMode().name(), d.preferredDays().toString(), d.preferredTimeOfDay().name(),
                d.reachBy().name(), d.outreachSource().name(), String.valueOf(d.campaignCode()),
                d.membership().name(), d.consents().toString()));
    }

    private SubmittedRequest receiveAndStore(RequestDetails details, RequestOrigin origin, Caller caller,
            StatusToken statusToken, IdempotencyClaim claim, Instant receivedAt) {
        UUID consultationId = UUID.randomUUID();
        UUID requesterId = blindIndex.pseudonymOf(REQUESTER_PURPOSE, details.personalData().identity());
        ChamberStanding chamber = chambers.standingOf(details.chamberId());
        UUID possibleDuplicateOf = recentRequests.latest(requesterId, details.topic())
                .filter(recent -> recent.receivedAt().isAfter(receivedAt.minus(DUPLICATE_WINDOW)))
                .map(RecentRequests.Recent::consultationId).orElse(null);
        Admission admission = new Admission(statusToken.hash(), null, claim, possibleDuplicateOf);
        for (int draw = 1; ; draw++) {
            WithEvents<ConsultationRequest> received = ConsultationRequest.receive(details, chamber,
                    privacyNoticeVersion, origin, consultationId, ReferenceCode.generate(random), requesterId,
                    receivedAt, federationId);
            ConsultationRequest request = received.state();
            try {
                if (origin == RequestOrigin.PUBLIC_FORM) {
                    insertWithinOpenRequestLimit(received, admission, receivedAt);
                } else {
                    store.insert(received, admission);
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
            recentRequests.remember(requesterId, details.topic(), consultationId, receivedAt);
            ConsultationStatusView view = ConsultationStatusView.of(request.initialStatus());
            if (possibleDuplicateOf != null) {
                possibleDuplicates.increment();
                // Only staff learn of the other request: anyone can type an owner's phone number into the form.
                view = caller.isAnonymous() ? view : view.withPossibleDuplicateOf(possibleDuplicateOf);
            }
            return new SubmittedRequest(view, statusToken, false, possibleDuplicateOf != null);
        }
    }

    /**
     * Takes the first of the owner's open-request slots that is free, or that a finished request still holds (it is
     * given back here: nothing has to run when a request ends). The unique index on the slot decides races.
     */
    private void insertWithinOpenRequestLimit(WithEvents<ConsultationRequest> received, Admission admission,
            Instant now) {
        for (String slot : openRequestLimit.slotsOf(received.state().requesterId().toString())) {
            if (tookSlot(received, admission.inSlot(slot), now)) {
                return;
            }
        }
        throw new OpenRequestLimitReachedException(openRequestLimit.perRequester());
    }

    private boolean tookSlot(WithEvents<ConsultationRequest> received, Admission admission, Instant now) {
        String slot = admission.openRequestSlot();
        try {
            store.insert(received, admission);
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
            store.insert(received, admission);
            return true;
        } catch (OpenRequestSlotTakenException takenAgain) {
            return false;
        }
    }
}
