package jp.madoguchi.intake.request.domain;

import java.time.Instant;
import java.util.UUID;

/** The part of a request anyone holding its id may see: no personal data. */
public record ConsultationStatus(
        UUID consultationId,
        ReferenceCode referenceCode,
        String chamberId,
        RequestStatus status,
        Instant receivedAt,
        Appointment appointment) {

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
}
