package jp.madoguchi.scheduling.booking.application;

import static jp.madoguchi.scheduling.booking.application.Booking.tokyo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentStatus;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.Slot;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

class CancelWithdrawnConsultationTest {

    private static final Instant BOOKED_AT = tokyo("2026-11-27T11:00");
    private static final Instant NOW = tokyo("2026-11-30T07:00");
    private static final Slot MONDAY_0930 = new Slot(tokyo("2026-11-30T09:30"), tokyo("2026-11-30T10:30"));

    private final InMemoryAppointmentStore appointments = new InMemoryAppointmentStore();
    private final InMemoryWaitlistStore waitlist = new InMemoryWaitlistStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(NOW, Booking.TOKYO);
    private final CancelWithdrawnConsultation withdraw =
            new CancelWithdrawnConsultation(appointments, waitlist, clock, meters);

    @Test
    void aWithdrawnBookedConsultationIsCancelledAndThatIsAnnounced() {
        Appointment booked = booked(Booking.request("ichinomiya"));

        assertThat(withdraw.withdraw(booked.consultationId(), WithdrawalReason.OWNER_REQUEST))
                .isEqualTo(WithdrawalOutcome.CANCELLED);

        assertThat(appointments.findByConsultation(booked.consultationId())).hasValueSatisfying(appointment -> {
            assertThat(appointment.appointmentId()).isEqualTo(booked.appointmentId());
            assertThat(appointment.status()).isEqualTo(AppointmentStatus.CANCELLED);
            assertThat(appointment.slot()).isEqualTo(MONDAY_0930);
        });
        assertThat(appointments.events()).last().isInstanceOfSatisfying(ConsultationCancelled.class, event -> {
            assertThat(event.consultationId()).isEqualTo(booked.consultationId());
            assertThat(event.federationId()).isEqualTo("chiba");
            assertThat(event.appointmentId()).isEqualTo(booked.appointmentId());
            assertThat(event.cancelledBy()).isEqualTo(CancelledBy.OWNER);
            assertThat(event.reason()).isEqualTo(CancellationReason.OWNER_REQUEST);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        assertThat(meters.counter("madoguchi.scheduling.appointments.cancelled", "reason", "OWNER_REQUEST").count())
                .isEqualTo(1);
    }

    @Test
    void aDuplicateRequestWithdrawnIsCancelledForAnotherReason() {
        Appointment booked = booked(Booking.request("ichinomiya"));

        withdraw.withdraw(booked.consultationId(), WithdrawalReason.DUPLICATE);

        assertThat(appointments.events()).last().isInstanceOfSatisfying(ConsultationCancelled.class, event -> {
            assertThat(event.cancelledBy()).isEqualTo(CancelledBy.OWNER);
            assertThat(event.reason()).isEqualTo(CancellationReason.OTHER);
        });
        assertThat(meters.counter("madoguchi.scheduling.appointments.cancelled", "reason", "OTHER").count())
                .isEqualTo(1);
    }

    @Test
    void theFreedSlotGoesToTheNextRequest() {
        Appointment booked = booked(Booking.request("ichinomiya"));
        withdraw.withdraw(booked.consultationId(), WithdrawalReason.RESOLVED_ELSEWHERE);
        BookConsultation book = new BookConsultation(appointments, waitlist, Booking.POLICY, Booking.PUBLIC_SHARE, clock, meters);
        BookingRequest next = Booking.request("katsuura");

        assertThat(book.book(next)).isEqualTo(BookingOutcome.BOOKED);

        assertThat(appointments.findByConsultation(next.consultationId())).hasValueSatisfying(appointment -> {
            assertThat(appointment.consultantId()).isEqualTo("consultant-01");
            assertThat(appointment.slot()).isEqualTo(MONDAY_0930);
        });
    }

    @Test
    void aWithdrawnConsultationIsNotBookedAgainWhenItsRequestIsRedelivered() {
        BookingRequest request = Booking.request("ichinomiya");
        booked(request);
        withdraw.withdraw(request.consultationId(), WithdrawalReason.OWNER_REQUEST);
        BookConsultation book = new BookConsultation(appointments, waitlist, Booking.POLICY, Booking.PUBLIC_SHARE, clock, meters);

        assertThat(book.book(request)).isEqualTo(BookingOutcome.DUPLICATE);

        assertThat(appointments.findByConsultation(request.consultationId()))
                .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED));
    }

    @Test
    void aRedeliveredWithdrawalIsADuplicateAndAnnouncesNothingMore() {
        Appointment booked = booked(Booking.request("ichinomiya"));
        withdraw.withdraw(booked.consultationId(), WithdrawalReason.OWNER_REQUEST);
        int eventsBefore = appointments.events().size();

        assertThat(withdraw.withdraw(booked.consultationId(), WithdrawalReason.OWNER_REQUEST))
                .isEqualTo(WithdrawalOutcome.DUPLICATE);

        assertThat(appointments.events()).hasSize(eventsBefore);
        assertThat(meters.counter("madoguchi.scheduling.appointments.cancelled", "reason", "OWNER_REQUEST").count())
                .isEqualTo(1);
    }

    @Test
    void aWaitlistedConsultationLeavesTheWaitlist() {
        BookingRequest request = Booking.request("ichinomiya");
        waitlist.add(WaitlistEntry.waitlist(request, WaitlistReason.NO_SLOT_IN_HORIZON, BOOKED_AT));

        assertThat(withdraw.withdraw(request.consultationId(), WithdrawalReason.OWNER_REQUEST))
                .isEqualTo(WithdrawalOutcome.LEFT_WAITLIST);

        assertThat(waitlist.isWaiting(request.consultationId())).isFalse();
        assertThat(waitlist.withdrawnAt(request.consultationId())).contains(NOW);
        assertThat(appointments.events()).isEmpty();
    }

    @Test
    void aRedeliveredWithdrawalOfAWaitlistedConsultationChangesNothing() {
        BookingRequest request = Booking.request("ichinomiya");
        waitlist.add(WaitlistEntry.waitlist(request, WaitlistReason.NO_SLOT_IN_HORIZON, BOOKED_AT));
        withdraw.withdraw(request.consultationId(), WithdrawalReason.OWNER_REQUEST);

        assertThat(withdraw.withdraw(request.consultationId(), WithdrawalReason.OWNER_REQUEST))
                .isNotEqualTo(WithdrawalOutcome.LEFT_WAITLIST);

        assertThat(waitlist.withdrawnAt(request.consultationId())).contains(NOW);
    }

    @Test
    void aConsultationSchedulingNeverSawHasNothingToCancel() {
        assertThat(withdraw.withdraw(UUID.randomUUID(), WithdrawalReason.OWNER_REQUEST))
                .isEqualTo(WithdrawalOutcome.NOTHING_TO_CANCEL);

        assertThat(appointments.events()).isEmpty();
        assertThat(waitlist.events()).isEmpty();
    }

    private Appointment booked(BookingRequest request) {
        appointments.insert(Appointment.book(request, new SlotOffer(MONDAY_0930, "consultant-01"), null, BOOKED_AT));
        return appointments.findByConsultation(request.consultationId()).orElseThrow();
    }
}
