package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.ConsultationTopic;

/**
 * Each owner's latest request per topic, so that a likely duplicate (sent again without an idempotency key) can be
 * flagged for staff without searching the requests. A hint, not a rule: it is written after the request.
 */
public interface RecentRequests {

    record Recent(UUID consultationId, Instant receivedAt) {
    }

    Optional<Recent> latest(UUID requesterId, ConsultationTopic topic);

    void remember(UUID requesterId, ConsultationTopic topic, UUID consultationId, Instant receivedAt);
}
