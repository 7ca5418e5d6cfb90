package jp.madoguchi.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A request was accepted by intake. Carries what scheduling and analytics need, and no personal data.
 * {@code origin} was added later: read an announcement through {@link #verifiedOrigin()}, which also answers for
 * one that lacks it. {@code industry}, {@code employees}, {@code preferredTimeOfDay} and {@code reachBy}
 * were added with the owner's web form: absent in older announcements (and {@code industry} and {@code employees}
 * when the owner did not say); read the time of day through {@link #timeOfDay()}.
 *
 * @param requesterId the owner's pseudonym: the same for every request of the same owner (a keyed hash of their
 *                    phone number or e-mail address in intake), so that a returning owner can be recognised without
 *                    anyone outside intake learning who they are
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
        RequestOrigin origin,
        BusinessIndustry industry,
        EmployeeBand employees,
        TimeOfDay preferredTimeOfDay,
        ContactWay reachBy) implements ConsultationEvent {

    public ConsultationRequested {
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
    }

    /** The preferred time of day; {@link TimeOfDay#ANY} for an announcement from before it was asked. */
    public TimeOfDay timeOfDay() {
        return preferredTimeOfDay == null ? TimeOfDay.ANY : preferredTimeOfDay;
    }

    public RequestOrigin verifiedOrigin() {
        return RequestOrigin.of(origin, channel);
    }
}
