package jp.madoguchi.intake.request.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.madoguchi.events.ConsultationDateChangeRequested;
import jp.madoguchi.events.ConsultationOutcome;
import jp.madoguchi.events.ConsultationWithdrawn;
import jp.madoguchi.events.RequestedBy;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.WithdrawalReason;

/**
 * The part of a request anyone holding its id may see: no personal data.
 *
 * @param outcome how the consultation ended, once completed; null before
 * @param dateChangeRequestedAt when the owner last asked for another date, while scheduling has not answered yet
 * @param dateChanges how many times another date was asked for
 */
public record ConsultationStatus(
        UUID consultationId,
        ReferenceCode referenceCode,
        String chamberId,
        RequestStatus status,
        Instant receivedAt,
        Appointment appointment,
        ConsultationOutcome outcome,
        Instant dateChangeRequestedAt,
        int dateChanges) {

    /** How often one request may be moved: enough for real life, not enough to hold slots hostage. */
    public static final int MAX_DATE_CHANGES = 3;

    /**
     * Whether the request still waits for or holds a consultation at {@code now}: received or waitlisted, or
     * scheduled for a time not yet over. Withdrawn, cancelled and finished requests are not open.
     */
    public boolean isOpenAt(Instant now) {
        return switch (status) {
            case RECEIVED, WAITLISTED -> true;
            case SCHEDULED -> appointment == null || appointment.endsAt().isAfter(now);
            case CANCELLED, COMPLETED, NO_SHOW, WITHDRAWN -> false;
        };
    }

    /**
     * Takes the request back: it is withdrawn, its appointment (if any) goes, and scheduling is told to free the
     * slot or the waitlist place.
     *
     * @throws RequestNotChangeableException once it is over, or its consultation has begun
     */
    public WithEvents<ConsultationStatus> withdraw(WithdrawalReason reason, RequestedBy by, Instant now,
            String federationId) {
        requireBeforeConsultation(now, "request.change.closed");
        ConsultationStatus withdrawn = new ConsultationStatus(consultationId, referenceCode, chamberId,
                RequestStatus.WITHDRAWN, receivedAt, null, outcome, null, dateChanges);
        return WithEvents.of(withdrawn,
                new ConsultationWithdrawn(UUID.randomUUID(), now, consultationId, federationId, reason, by));
    }

    /**
     * Asks scheduling for another date by the new preferences. The status stays as it is until scheduling answers;
     * the request shows that a change is pending.
     *
     * @throws RequestNotChangeableException once it is over, its consultation has begun, or after
     *                                       {@value #MAX_DATE_CHANGES} changes
     */
    public WithEvents<ConsultationStatus> askForAnotherDate(DatePreferences preferences, RequestedBy by, Instant now,
            String federationId) {
        requireBeforeConsultation(now, "request.change.closed");
        if (!preferences.onServiceDaysOnly()) {
            throw new RequestRejectedException(
                    List.of(new Violation("preferredDays", "request.preferred-days.not-weekdays")));
        }
        if (dateChanges >= MAX_DATE_CHANGES) {
            throw new RequestNotChangeableException(status, "request.change.too-many");
        }
        ConsultationStatus asked = new ConsultationStatus(consultationId, referenceCode, chamberId, status,
                receivedAt, appointment, outcome, now, dateChanges + 1);
        return WithEvents.of(asked, new ConsultationDateChangeRequested(UUID.randomUUID(), now, consultationId,
                federationId, preferences.mode(), preferences.days(), preferences.timeOfDay(), by));
    }

    private void requireBeforeConsultation(Instant now, String messageCode) {
        boolean changeable = switch (status) {
            case RECEIVED, WAITLISTED -> true;
            case SCHEDULED -> appointment == null || appointment.startsAt().isAfter(now);
            case CANCELLED, COMPLETED, NO_SHOW, WITHDRAWN -> false;
        };
        if (!changeable) {
            throw new RequestNotChangeableException(status, messageCode);
        }
    }
}
