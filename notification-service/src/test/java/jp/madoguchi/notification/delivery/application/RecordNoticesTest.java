package jp.madoguchi.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.ConsultationWithdrawn;
import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.RequestedBy;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.DeliveryStatus;
import jp.madoguchi.notification.delivery.domain.Notice;
import jp.madoguchi.notification.delivery.domain.NoticePolicy;

class RecordNoticesTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final Instant MONDAY_0930 = Instant.parse("2026-11-30T00:30:00Z");

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final InMemoryDeliveryChannel channel = new InMemoryDeliveryChannel(NotificationChannel.EMAIL);
    private final RecordNotices record = new RecordNotices(deliveries, channel, Clock.fixed(NOW, ZoneOffset.UTC));
    private final UUID consultationId = UUID.randomUUID();
    private final UUID appointmentId = UUID.randomUUID();

    @Test
    void aBookingRecordsTheOwnersConfirmationAndAnnouncesItsDelivery() {
        ConsultationScheduled scheduled = scheduled();

        List<RecordedNotice> results = record.on(scheduled);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.duplicate()).isFalse();
            assertThat(result.channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(result.notice().purpose()).isEqualTo(NotificationPurpose.CONFIRMATION);
            assertThat(result.notice().recipientRole()).isEqualTo(RecipientRole.OWNER);
        });
        Delivery delivery = deliveries.all().get(0);
        assertThat(deliveries.ofConsultation(consultationId)).containsExactly(delivery);
        assertThat(delivery.deliveryId()).isEqualTo(results.get(0).notice().deliveryId());
        assertThat(delivery.federationId()).isEqualTo("chiba");
        assertThat(delivery.appointmentId()).isEqualTo(appointmentId);
        assertThat(delivery.purpose()).isEqualTo(NotificationPurpose.CONFIRMATION);
        assertThat(delivery.recipientRole()).isEqualTo(RecipientRole.OWNER);
        assertThat(delivery.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RECORDED);
        assertThat(delivery.causedByEventId()).isEqualTo(scheduled.eventId());
        assertThat(delivery.recordedAt()).isEqualTo(NOW);

        assertThat(deliveries.events()).singleElement().isInstanceOfSatisfying(NotificationDelivered.class, event -> {
            assertThat(event.consultationId()).isEqualTo(consultationId);
            assertThat(event.federationId()).isEqualTo("chiba");
            assertThat(event.deliveryId()).isEqualTo(delivery.deliveryId());
            assertThat(event.purpose()).isEqualTo(NotificationPurpose.CONFIRMATION);
            assertThat(event.recipientRole()).isEqualTo(RecipientRole.OWNER);
            assertThat(event.channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(event.causedByEventId()).isEqualTo(scheduled.eventId());
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        assertThat(channel.handed()).extracting(Notice::deliveryId).containsExactly(delivery.deliveryId());
    }

    @Test
    void aRedeliveredEventRecordsNothingNewAndNeverReachesTheOwnerTwice() {
        ConsultationScheduled scheduled = scheduled();
        record.on(scheduled);
        channel.switchTo(NotificationChannel.SMS);

        List<RecordedNotice> again = record.on(scheduled);

        assertThat(again).singleElement().satisfies(result -> {
            assertThat(result.duplicate()).isTrue();
            assertThat(result.channel()).as("the channel it went out through the first time")
                    .isEqualTo(NotificationChannel.EMAIL);
        });
        assertThat(deliveries.all()).hasSize(1);
        assertThat(deliveries.events()).hasSize(1);
        assertThat(channel.handed()).hasSize(1);
    }

    @Test
    void theSameBookingAnnouncedAgainUnderANewEventIdIsStillADuplicate() {
        record.on(scheduled());

        assertThat(record.on(scheduled())).singleElement().satisfies(r -> assertThat(r.duplicate()).isTrue());

        assertThat(deliveries.all()).hasSize(1);
        assertThat(channel.handed()).hasSize(1);
    }

    @Test
    void eachMoveOfAnAppointmentIsItsOwnChangeNotice() {
        record.on(scheduled());
        ConsultationRescheduled toTuesday = rescheduled(MONDAY_0930, MONDAY_0930.plusSeconds(86_400));
        ConsultationRescheduled toWednesday = rescheduled(toTuesday.startsAt(), MONDAY_0930.plusSeconds(2 * 86_400));

        assertThat(record.on(toTuesday)).singleElement().satisfies(r -> assertThat(r.duplicate()).isFalse());
        assertThat(record.on(toWednesday)).singleElement().satisfies(r -> assertThat(r.duplicate()).isFalse());
        assertThat(record.on(toTuesday)).singleElement().satisfies(r -> assertThat(r.duplicate()).isTrue());

        assertThat(deliveries.ofConsultation(consultationId)).extracting(Delivery::purpose)
                .containsExactly(NotificationPurpose.CONFIRMATION, NotificationPurpose.CHANGE,
                        NotificationPurpose.CHANGE);
        assertThat(deliveries.events()).hasSize(3);
        assertThat(channel.handed()).hasSize(3);
    }

    @Test
    void aCancellationRecordsTheOwnersCancellationNotice() {
        record.on(scheduled());

        List<RecordedNotice> results = record.on(new ConsultationCancelled(UUID.randomUUID(), NOW, consultationId,
                "chiba", appointmentId, CancelledBy.OWNER, CancellationReason.OWNER_REQUEST));

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.duplicate()).isFalse();
            assertThat(r.notice().purpose()).isEqualTo(NotificationPurpose.CANCELLATION);
        });
        assertThat(deliveries.events()).last().isInstanceOfSatisfying(NotificationDelivered.class,
                event -> assertThat(event.purpose()).isEqualTo(NotificationPurpose.CANCELLATION));
    }

    @Test
    void eventsThatCallForNoNoticeRecordNothing() {
        assertThat(record.on(new ConsultationWaitlisted(UUID.randomUUID(), NOW, consultationId, "chiba",
                WaitlistReason.NO_SLOT_IN_HORIZON))).isEmpty();
        assertThat(record.on(new ConsultationWithdrawn(UUID.randomUUID(), NOW, consultationId, "chiba",
                WithdrawalReason.OWNER_REQUEST, RequestedBy.OWNER))).isEmpty();
        assertThat(record.on(new NotificationDelivered(UUID.randomUUID(), NOW, consultationId, "chiba",
                UUID.randomUUID(), NotificationPurpose.CONFIRMATION, RecipientRole.OWNER, NotificationChannel.EMAIL,
                UUID.randomUUID()))).isEmpty();

        assertThat(deliveries.all()).isEmpty();
        assertThat(deliveries.events()).isEmpty();
        assertThat(channel.handed()).isEmpty();
    }

    @Test
    void whenAnotherInstanceRecordsTheSameNoticeFirstThisOneReportsADuplicateAndAnnouncesNothing() {
        ConsultationScheduled scheduled = scheduled();
        deliveries.recordedConcurrently(NoticePolicy.noticesFor(scheduled).get(0).deliveryId());

        assertThat(record.on(scheduled)).singleElement().satisfies(r -> assertThat(r.duplicate()).isTrue());

        assertThat(deliveries.all()).isEmpty();
        assertThat(deliveries.events()).isEmpty();
    }

    private ConsultationScheduled scheduled() {
        return new ConsultationScheduled(UUID.randomUUID(), NOW, consultationId, "chiba", appointmentId,
                "consultant-01", MONDAY_0930, MONDAY_0930.plusSeconds(3600), ConsultationMode.PHONE);
    }

    private ConsultationRescheduled rescheduled(Instant from, Instant to) {
        return new ConsultationRescheduled(UUID.randomUUID(), NOW, consultationId, "chiba", appointmentId,
                "consultant-01", from, to, to.plusSeconds(3600), ConsultationMode.PHONE);
    }
}
