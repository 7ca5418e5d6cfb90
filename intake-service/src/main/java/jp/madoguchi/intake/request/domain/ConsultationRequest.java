package jp.madoguchi.intake.request.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ContactWay;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.chamber.domain.ChamberStanding;

/**
 * A request for a free consultation, as received. The requester id is the owner's pseudonym: the same for all their
 * requests (a keyed hash of how they are reached, see {@link PersonalData#identity()}), meaningless outside intake.
 */
public record ConsultationRequest(
        UUID consultationId,
        ReferenceCode referenceCode,
        UUID requesterId,
        RequestDetails details,
        RequestOrigin origin,
        Instant receivedAt) {

    public ConsultationRequest {
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(referenceCode, "referenceCode");
        Objects.requireNonNull(requesterId, "requesterId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * Takes a request in, or refuses it with every broken rule at once, so the owner can fix the form in one go.
     *
     * @param chamber how the chamber {@code details.chamberId()} names stands in the registry: only an active one
     *                takes new requests, whoever takes them in
     * @param noticeVersion the version of the privacy notice in force: the one the owner must have accepted
     * @param origin who took the request in, as the caller's token says
     * @return the request, with its announcement
     */
    public static WithEvents<ConsultationRequest> receive(RequestDetails details, ChamberStanding chamber,
            String noticeVersion, RequestOrigin origin, UUID consultationId, ReferenceCode referenceCode,
            UUID requesterId, Instant receivedAt, String federationId) {
        List<Violation> violations = new ArrayList<>();
        switch (chamber) {
            case UNKNOWN -> violations.add(new Violation("chamberId", "request.chamber.unknown"));
            case INACTIVE -> violations.add(new Violation("chamberId", "request.chamber.inactive"));
            case ACTIVE -> { }
        }
        if (!details.consents().privacyNotice()) {
            violations.add(new Violation("privacyConsent", "request.privacy-consent.missing"));
        } else if (!noticeVersion.equals(details.consents().noticeVersion())) {
            violations.add(new Violation("privacyNoticeVersion", "request.privacy-notice.outdated"));
        }
        if (!canBeReachedBy(details.reachBy(), details.personalData())) {
            violations.add(new Violation("reachBy", "request.reach-by.unavailable"));
        }
        if (!DatePreferences.SERVICE_DAYS.containsAll(details.preferredDays())) {
            violations.add(new Violation("preferredDays", "request.preferred-days.not-weekdays"));
        }
        if (!violations.isEmpty()) {
            throw new RequestRejectedException(violations);
        }
        ConsultationRequest request = new ConsultationRequest(consultationId, referenceCode, requesterId, details,
                origin, receivedAt);
        return WithEvents.of(request, request.requested(UUID.randomUUID(), federationId));
    }

    private static boolean canBeReachedBy(ContactWay way, PersonalData person) {
        return switch (way) {
            case PHONE -> person.phone() != null;
            case SMS -> person.hasMobilePhone();
            case EMAIL -> person.email() != null;
        };
    }

    public ConsultationStatus initialStatus() {
        return new ConsultationStatus(consultationId, referenceCode, details.chamberId(), RequestStatus.RECEIVED,
                receivedAt, null, null, null, 0);
    }

    /** The announcement of this request: everything scheduling and analytics need, and no personal data. */
    private ConsultationRequested requested(UUID eventId, String federationId) {
        return new ConsultationRequested(eventId, receivedAt, consultationId, federationId, referenceCode.value(),
                requesterId, details.chamberId(), details.channel(), details.topic(), details.preferredMode(),
                details.preferredDays(), details.outreachSource(), details.campaignCode(), details.membership(),
                details.consents().outcomeSharedWithChamber(), origin, details.industry(), details.employees(),
                details.preferredTimeOfDay(), details.reachBy());
    }
}
