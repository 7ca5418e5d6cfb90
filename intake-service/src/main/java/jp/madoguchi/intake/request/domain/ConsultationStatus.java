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
}
