package jp.madoguchi.intake.request.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.ConsultationCompleted;
import jp.madoguchi.events.ConsultationOutcome;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.RequestStatus;

class ApplySchedulingEventTest {

    private static final Instant T1 = Instant.parse("2026-11-26T02:00:00Z");
    private static final Instant T2 = Instant.parse("2026-11-26T03:00:00Z");

    private final InMemoryConsultationRequestStore store = new InMemoryConsultationRequestStore();
    private final ApplySchedulingEvent apply = new ApplySchedulingEvent(store);
    private final UUID consultationId = UUID.randomUUID();

    @Test
    void aBookingShowsTheRequestScheduledWithItsAppointment() {
        Requests.received(store, consultationId, "ichinomiya");
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, "consultant-01", T1);

        assertThat(apply.apply(scheduled)).isEqualTo(ApplyOutcome.APPLIED);

        ConsultationStatus status = status();
        assertThat(status.status()).isEqualTo(RequestStatus.SCHEDULED);
        assertThat(status.appointment().appointmentId()).isEqualTo(scheduled.appointmentId());
        assertThat(status.appointment().consultantId()).isEqualTo("consultant-01");
        assertThat(status.appointment().startsAt()).isEqualTo(scheduled.startsAt());
        assertThat(status.appointment().endsAt()).isEqualTo(scheduled.endsAt());
        assertThat(status.appointment().mode()).isEqualTo(scheduled.mode());
    }

    @Test
    void aRedeliveredEventIsADuplicateAndChangesNothing() {
        Requests.received(store, consultationId, "ichinomiya");
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, "consultant-01", T1);
        apply.apply(scheduled);
        ConsultationStatus before = status();

        assertThat(apply.apply(scheduled)).isEqualTo(ApplyOutcome.DUPLICATE);
        assertThat(status()).isEqualTo(before);
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteTheNewerStatus() {
        Requests.received(store, consultationId, "ichinomiya");
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, "consultant-01", T1);
        apply.apply(SchedulingEvents.cancelled(consultationId, scheduled.appointmentId(), T2));

        assertThat(apply.apply(scheduled)).isEqualTo(ApplyOutcome.STALE);

        assertThat(status().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(status().appointment()).isNull();
        assertThat(apply.apply(scheduled)).as("a stale event is still recorded as seen").isEqualTo(ApplyOutcome.DUPLICATE);
    }

    @Test
    void aCancellationClearsTheAppointment() {
        Requests.received(store, consultationId, "ichinomiya");
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, "consultant-01", T1);
        apply.apply(scheduled);

        assertThat(apply.apply(SchedulingEvents.cancelled(consultationId, scheduled.appointmentId(), T2)))
                .isEqualTo(ApplyOutcome.APPLIED);

        assertThat(status().status()).isEqualTo(RequestStatus.CANCELLED);
        assertThat(status().appointment()).isNull();
    }

    @Test
    void waitlistingShowsTheRequestWaitlistedWithoutAppointment() {
        Requests.received(store, consultationId, "ichinomiya");

        assertThat(apply.apply(new ConsultationWaitlisted(UUID.randomUUID(), T1, consultationId, "chiba",
                WaitlistReason.NO_SLOT_IN_HORIZON))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(status().status()).isEqualTo(RequestStatus.WAITLISTED);
        assertThat(status().appointment()).isNull();
    }

    @Test
    void aCompletedConsultationKeepsItsAppointment() {
        Requests.received(store, consultationId, "ichinomiya");
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, "consultant-01", T1);
        apply.apply(scheduled);

        assertThat(apply.apply(new ConsultationCompleted(UUID.randomUUID(), T2, consultationId, "chiba",
                scheduled.appointmentId(), "consultant-01", ConsultationOutcome.ADVICE_GIVEN)))
                .isEqualTo(ApplyOutcome.APPLIED);

        assertThat(status().status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(status().appointment().appointmentId()).isEqualTo(scheduled.appointmentId());
    }

    @Test
    void anEventForAnUnknownConsultationIsReportedAndIgnored() {
        assertThat(apply.apply(SchedulingEvents.scheduled(consultationId, "consultant-01", T1)))
                .isEqualTo(ApplyOutcome.UNKNOWN_CONSULTATION);
        assertThat(store.find(consultationId)).isEmpty();
    }

    @Test
    void eventsIntakeDoesNotShowAreSkipped() {
        Requests.received(store, consultationId, "ichinomiya");
        ConsultationStatus before = status();

        assertThat(apply.apply(new NotificationDelivered(UUID.randomUUID(), T1, consultationId, "chiba",
                UUID.randomUUID(), NotificationPurpose.CONFIRMATION, RecipientRole.OWNER,
                NotificationChannel.RECORD_ONLY, UUID.randomUUID()))).isEqualTo(ApplyOutcome.SKIPPED);
        assertThat(apply.apply(new ConsultationRequested(UUID.randomUUID(), T1, consultationId, "chiba",
                before.referenceCode().value(), UUID.randomUUID(), "ichinomiya", RequestChannel.WEB, null, null, null,
                null, null, null, false, null, null, null, null, null))).isEqualTo(ApplyOutcome.SKIPPED);

        assertThat(status()).isEqualTo(before);
        assertThat(status().status()).isEqualTo(RequestStatus.RECEIVED);
    }

    private ConsultationStatus status() {
        return store.find(consultationId).orElseThrow().status();
    }
}
