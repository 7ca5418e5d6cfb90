package jp.madoguchi.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationWithdrawn;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.events.RequestedBy;
import jp.madoguchi.events.WithdrawalReason;

class NoticePolicyTest {

    private final UUID consultationId = UUID.randomUUID();
    private final UUID appointmentId = UUID.randomUUID();
    private final Instant startsAt = Instant.parse("2026-11-30T00:30:00Z");

    @Test
    void aBookingCallsForOneConfirmationToTheOwner() {
        Notice notice = NoticePolicy.noticesFor(scheduled(UUID.randomUUID())).get(0);

        assertThat(notice.purpose()).isEqualTo(NotificationPurpose.CONFIRMATION);
        assertThat(notice.recipientRole()).isEqualTo(RecipientRole.OWNER);
        assertThat(notice.appointmentId()).isEqualTo(appointmentId);
    }

    @Test
    void theSameBookingAnnouncedTwiceGivesTheSameDeliveryIdWhateverTheEventId() {
        UUID first = NoticePolicy.noticesFor(scheduled(UUID.randomUUID())).get(0).deliveryId();
        UUID second = NoticePolicy.noticesFor(scheduled(UUID.randomUUID())).get(0).deliveryId();

        assertThat(first).isEqualTo(second);
    }

    @Test
    void twoMovesOfOneAppointmentAreTwoNotices() {
        UUID toMonday = NoticePolicy.noticesFor(rescheduled(startsAt.plusSeconds(86_400))).get(0).deliveryId();
        UUID toTuesday = NoticePolicy.noticesFor(rescheduled(startsAt.plusSeconds(2 * 86_400))).get(0).deliveryId();

        assertThat(toMonday).isNotEqualTo(toTuesday);
    }

    @Test
    void aCancellationIsNotTheConfirmation() {
        Notice cancellation = NoticePolicy.noticesFor(new ConsultationCancelled(UUID.randomUUID(), Instant.now(),
                consultationId, "chiba", appointmentId, CancelledBy.OWNER, CancellationReason.OWNER_REQUEST)).get(0);

        assertThat(cancellation.purpose()).isEqualTo(NotificationPurpose.CANCELLATION);
        assertThat(cancellation.deliveryId())
                .isNotEqualTo(NoticePolicy.noticesFor(scheduled(UUID.randomUUID())).get(0).deliveryId());
    }

    @Test
    void eventsThatNeedNoNoticeYetCallForNone() {
        assertThat(NoticePolicy.noticesFor(new ConsultationWithdrawn(UUID.randomUUID(), Instant.now(), consultationId,
                "chiba", WithdrawalReason.RESOLVED_ELSEWHERE, RequestedBy.OWNER))).isEmpty();
    }

    private ConsultationScheduled scheduled(UUID eventId) {
        return new ConsultationScheduled(eventId, Instant.now(), consultationId, "chiba", appointmentId,
                "consultant-01", startsAt, startsAt.plusSeconds(3600), ConsultationMode.PHONE);
    }

    private ConsultationRescheduled rescheduled(Instant newStart) {
        return new ConsultationRescheduled(UUID.randomUUID(), Instant.now(), consultationId, "chiba", appointmentId,
                "consultant-02", startsAt, newStart, newStart.plusSeconds(3600), ConsultationMode.WEB_MEETING);
    }
}
