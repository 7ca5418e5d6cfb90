package jp.madoguchi.analytics.usage.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationCompleted;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationOutcome;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.RequestOrigin;

/** The platform's events about one consultation, as analytics consumes them. */
final class Events {

    private Events() {
    }

    static ConsultationRequested requested(UUID consultationId, String federationId, String chamberId, Instant at) {
        return new ConsultationRequested(UUID.randomUUID(), at, consultationId, federationId, "MD-7K3P-9Q2X",
                UUID.randomUUID(), chamberId, RequestChannel.WEB, ConsultationTopic.FINANCE, ConsultationMode.PHONE,
                List.of(DayOfWeek.MONDAY), OutreachSource.FLYER, "FLYER-2026-AUTUMN", Membership.MEMBER, true,
                RequestOrigin.PUBLIC_FORM, null, null, null, null);
    }

    static ConsultationScheduled scheduled(UUID consultationId, Instant at) {
        return new ConsultationScheduled(UUID.randomUUID(), at, consultationId, "chiba", UUID.randomUUID(),
                "consultant-01", Instant.parse("2026-11-30T00:30:00Z"), Instant.parse("2026-11-30T01:30:00Z"),
                ConsultationMode.WEB_MEETING);
    }

    static ConsultationCancelled cancelled(UUID consultationId, Instant at) {
        return new ConsultationCancelled(UUID.randomUUID(), at, consultationId, "chiba", UUID.randomUUID(),
                CancelledBy.OWNER, CancellationReason.OWNER_REQUEST);
    }

    static ConsultationCompleted completed(UUID consultationId, Instant at) {
        return new ConsultationCompleted(UUID.randomUUID(), at, consultationId, "chiba", UUID.randomUUID(),
                "consultant-01", ConsultationOutcome.ADVICE_GIVEN);
    }
}
