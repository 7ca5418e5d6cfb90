package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.util.UUID;

import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationScheduled;

/** What scheduling announces about a request, as intake receives it. */
final class SchedulingEvents {

    private SchedulingEvents() {
    }

    /** Booked 2026-11-30 09:30–10:30 Tokyo time. */
    static ConsultationScheduled scheduled(UUID consultationId, String consultantId, Instant occurredAt) {
        return new ConsultationScheduled(UUID.randomUUID(), occurredAt, consultationId, Requests.FEDERATION,
                UUID.randomUUID(), consultantId, Instant.parse("2026-11-30T00:30:00Z"),
                Instant.parse("2026-11-30T01:30:00Z"), ConsultationMode.PHONE);
    }

    static ConsultationCancelled cancelled(UUID consultationId, UUID appointmentId, Instant occurredAt) {
        return new ConsultationCancelled(UUID.randomUUID(), occurredAt, consultationId, Requests.FEDERATION,
                appointmentId, CancelledBy.OWNER, CancellationReason.OWNER_REQUEST);
    }
}
