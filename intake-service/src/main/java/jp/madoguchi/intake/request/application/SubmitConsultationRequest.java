package jp.madoguchi.intake.request.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.madoguchi.intake.chamber.application.ChamberRegistry;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.RequestRejectedException;

/** Takes a consultation request in: checks the domain rules, stores it and its announcement in one write. */
@Service
public class SubmitConsultationRequest {

    private static final Logger log = LoggerFactory.getLogger(SubmitConsultationRequest.class);
    private static final int REFERENCE_CODE_DRAWS = 5;

    private final ChamberRegistry chambers;
    private final ConsultationRequestStore store;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String federationId;
    private final SecureRandom random = new SecureRandom();

    SubmitConsultationRequest(ChamberRegistry chambers, ConsultationRequestStore store, MeterRegistry meters,
            @Value("${madoguchi.intake.federation-id}") String federationId) {
        this.chambers = chambers;
        this.store = store;
        this.meters = meters;
        this.clock = Clock.systemUTC();
        this.federationId = federationId;
    }

    public ConsultationStatusView submit(RequestDetails details) {
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            ConsultationStatusView view = receiveAndStore(details);
            outcome = "accepted";
            return view;
        } catch (RequestRejectedException e) {
            outcome = "rejected";
            throw e;
        } finally {
            sample.stop(meters.timer("madoguchi.intake.requests.handling", "outcome", outcome));
        }
    }

    private ConsultationStatusView receiveAndStore(RequestDetails details) {
        UUID consultationId = UUID.randomUUID();
        // A fresh pseudonym per request for now; linking a returning owner's requests comes with requester accounts.
        UUID requesterId = UUID.randomUUID();
        boolean chamberKnown = chambers.isKnown(details.chamberId());
        // MongoDB keeps milliseconds: the stored, announced and shown times must be the same instant.
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int draw = 1; ; draw++) {
            ConsultationRequest request = ConsultationRequest.receive(details, chamberKnown, consultationId,
                    ReferenceCode.generate(random), requesterId, receivedAt);
            try {
                store.insert(request, request.requestedEvent(UUID.randomUUID(), federationId));
            } catch (ReferenceCodeTakenException e) {
                if (draw == REFERENCE_CODE_DRAWS) {
                    throw e;
                }
                continue;
            }
            meters.counter("madoguchi.intake.requests.accepted",
                    "channel", details.channel().name(), "topic", details.topic().name()).increment();
            log.info("Consultation request {} received for chamber {} via {}", consultationId, details.chamberId(),
                    details.channel());
            return ConsultationStatusView.of(request.initialStatus());
        }
    }
}
