package jp.madoguchi.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request was accepted by intake. Carries what scheduling and analytics need, and no personal data.
 * {@code origin} was added later: read an announcement through {@link #verifiedOrigin()}, which also answers for
 * one that lacks it.
 */
public record ConsultationRequested(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        String referenceCode,
        UUID requesterId,
        String chamberId,
        RequestChannel channel,
        ConsultationTopic topic,
        ConsultationMode preferredMode,
        List<DayOfWeek> preferredDays,
        OutreachSource outreachSource,
        String campaignCode,
        Membership membership,
        boolean outcomeSharedWithChamber,
        RequestOrigin origin) implements ConsultationEvent {

    public ConsultationRequested {
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
    }

    public RequestOrigin verifiedOrigin() {
        return RequestOrigin.of(origin, channel);
    }
}
