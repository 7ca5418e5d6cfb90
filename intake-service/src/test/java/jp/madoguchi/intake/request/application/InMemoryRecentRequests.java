package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.ConsultationTopic;

/** {@link RecentRequests} in a map, for use cases tested without a database. */
final class InMemoryRecentRequests implements RecentRequests {

    private final Map<String, Recent> latest = new HashMap<>();

    @Override
    public Optional<Recent> latest(UUID requesterId, ConsultationTopic topic) {
        return Optional.ofNullable(latest.get(requesterId + ":" + topic));
    }

    @Override
    public void remember(UUID requesterId, ConsultationTopic topic, UUID consultationId, Instant receivedAt) {
        latest.put(requesterId + ":" + topic, new Recent(consultationId, receivedAt));
    }
}
