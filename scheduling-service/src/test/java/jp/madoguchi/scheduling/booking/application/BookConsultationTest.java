package jp.madoguchi.scheduling.booking.application;

import static jp.madoguchi.scheduling.booking.application.Booking.tokyo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentStatus;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;
import jp.madoguchi.scheduling.booking.domain.Slot;

class BookConsultationTest {

    /** Monday 2026-11-30, 07:00 in Tokyo: the first slot the lead time allows is 09:30 the same day. */
    private static final Instant NOW = tokyo("2026-11-30T07:00");
    private static final Slot MONDAY_0930 = new Slot(tokyo("2026-11-30T09:30"), tokyo("2026-11-30T10:30"));

    private final InMemoryAppointmentStore appointments = new InMemoryAppointmentStore();
    private final InMemoryWaitlistStore waitlist = new InMemoryWaitlistStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final BookConsultation book = new BookConsultation(appointments, waitlist, Booking.POLICY, Booking.PUBLIC_SHARE,
            Clock.fixed(NOW, Booking.TOKYO), meters);

    @Test
    void aRequestIsBookedIntoTheEarliestSlotAndTheBookingIsAnnounced() {
        BookingRequest request = Booking.request("ichinomiya");

        assertThat(book.book(request)).isEqualTo(BookingOutcome.BOOKED);

        Appointment appointment = appointments.appointments().get(0);
        assertThat(appointments.appointments()).hasSize(1);
        assertThat(appointment.consultationId()).isEqualTo(request.consultationId());
        assertThat(appointment.federationId()).isEqualTo("chiba");
        assertThat(appointment.chamberId()).isEqualTo("ichinomiya");
        assertThat(appointment.consultantId()).isEqualTo("consultant-01");
        assertThat(appointment.slot()).isEqualTo(MONDAY_0930);
        assertThat(appointment.mode()).isEqualTo(ConsultationMode.PHONE);
        assertThat(appointment.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(appointment.createdAt()).isEqualTo(NOW);
        assertThat(appointment.sourceEventId()).isEqualTo(request.sourceEventId());

        assertThat(appointments.events()).singleElement().isInstanceOfSatisfying(ConsultationScheduled.class, event -> {
            assertThat(event.consultationId()).isEqualTo(request.consultationId());
            assertThat(event.federationId()).isEqualTo("chiba");
            assertThat(event.appointmentId()).isEqualTo(appointment.appointmentId());
            assertThat(event.consultantId()).isEqualTo("consultant-01");
            assertThat(event.startsAt()).isEqualTo(MONDAY_0930.startsAt());
            assertThat(event.endsAt()).isEqualTo(MONDAY_0930.endsAt());
            assertThat(event.mode()).isEqualTo(ConsultationMode.PHONE);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        assertThat(waitlist.events()).isEmpty();
        assertThat(meters.counter("madoguchi.scheduling.appointments.booked", "mode", "PHONE", "origin",
                "FEDERATION_STAFF").count()).isEqualTo(1);
        assertThat(meters.timer("madoguchi.scheduling.booking.duration", "outcome", "booked").count()).isEqualTo(1);
    }

    @Test
    void theNextRequestGetsTheOtherConsultantInTheSameSlot() {
        book.book(Booking.request("ichinomiya"));

        assertThat(book.book(Booking.request("katsuura"))).isEqualTo(BookingOutcome.BOOKED);

        assertThat(appointments.appointments()).extracting(Appointment::consultantId, Appointment::slot)
                .containsExactly(
                        tuple("consultant-01", MONDAY_0930),
                        tuple("consultant-02", MONDAY_0930));
    }

    @Test
    void aRedeliveredRequestIsADuplicateAndBooksNothingMore() {
        BookingRequest request = Booking.request("ichinomiya");
        book.book(request);

        assertThat(book.book(request)).isEqualTo(BookingOutcome.DUPLICATE);

        assertThat(appointments.appointments()).hasSize(1);
        assertThat(appointments.events()).hasSize(1);
        assertThat(meters.timer("madoguchi.scheduling.booking.duration", "outcome", "duplicate").count()).isEqualTo(1);
    }

    @Test
    void aRequestBookedConcurrentlyElsewhereIsADuplicate() {
        BookingRequest request = Booking.request("ichinomiya");
        appointments.bookedConcurrently(request.consultationId());

        assertThat(book.book(request)).isEqualTo(BookingOutcome.DUPLICATE);

        assertThat(appointments.appointments()).isEmpty();
        assertThat(appointments.events()).isEmpty();
        assertThat(waitlist.contains(request.consultationId())).isFalse();
    }

    @Test
    void aSlotLostToAConcurrentBookingMovesOnToTheNextOffer() {
        appointments.bookedConcurrently("consultant-01", MONDAY_0930.startsAt());
        BookingRequest request = Booking.request("ichinomiya");

        assertThat(book.book(request)).isEqualTo(BookingOutcome.BOOKED);

        assertThat(appointments.appointments()).singleElement().satisfies(appointment -> {
            assertThat(appointment.consultantId()).isEqualTo("consultant-02");
            assertThat(appointment.slot()).isEqualTo(MONDAY_0930);
        });
        assertThat(appointments.events()).singleElement().isInstanceOfSatisfying(ConsultationScheduled.class,
                event -> assertThat(event.consultantId()).isEqualTo("consultant-02"));
        assertThat(meters.counter("madoguchi.scheduling.booking.conflicts").count()).isEqualTo(1);
    }

    @Test
    void whenEverySlotInTheHorizonIsTakenTheRequestIsWaitlistedAndThatIsAnnounced() {
        // Ten weekdays in the 14-day horizon, six slots a day, two consultants: 120 appointments fill it.
        for (int i = 0; i < 120; i++) {
            assertThat(book.book(Booking.request("ichinomiya"))).isEqualTo(BookingOutcome.BOOKED);
        }
        BookingRequest request = Booking.request("katsuura");

        assertThat(book.book(request)).isEqualTo(BookingOutcome.WAITLISTED);

        assertThat(appointments.findByConsultation(request.consultationId())).isEmpty();
        assertThat(waitlist.entryOf(request.consultationId())).hasValueSatisfying(entry -> {
            assertThat(entry.request()).isEqualTo(request);
            assertThat(entry.reason()).isEqualTo(WaitlistReason.NO_SLOT_IN_HORIZON);
            assertThat(entry.waitlistedAt()).isEqualTo(NOW);
        });
        assertThat(waitlist.events()).singleElement().isInstanceOfSatisfying(ConsultationWaitlisted.class, event -> {
            assertThat(event.consultationId()).isEqualTo(request.consultationId());
            assertThat(event.federationId()).isEqualTo("chiba");
            assertThat(event.reason()).isEqualTo(WaitlistReason.NO_SLOT_IN_HORIZON);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        assertThat(meters.counter("madoguchi.scheduling.waitlisted").count()).isEqualTo(1);
        assertThat(meters.timer("madoguchi.scheduling.booking.duration", "outcome", "waitlisted").count()).isEqualTo(1);
    }

    @Test
    void aWaitlistedRequestDeliveredAgainIsADuplicate() {
        for (int i = 0; i < 120; i++) {
            book.book(Booking.request("ichinomiya"));
        }
        BookingRequest request = Booking.request("katsuura");
        book.book(request);

        assertThat(book.book(request)).isEqualTo(BookingOutcome.DUPLICATE);

        assertThat(waitlist.events()).hasSize(1);
        assertThat(appointments.findByConsultation(request.consultationId())).isEmpty();
    }

    @Test
    void whenEveryOfferIsLostToConcurrentBookersTheRequestIsWaitlisted() {
        for (int day = 0; day < 14; day++) {
            for (Slot slot : Booking.HOURS.slotsOn(LocalDate.of(2026, 11, 30).plusDays(day))) {
                appointments.bookedConcurrently("consultant-01", slot.startsAt());
                appointments.bookedConcurrently("consultant-02", slot.startsAt());
            }
        }
        BookingRequest request = Booking.request("ichinomiya");

        assertThat(book.book(request)).isEqualTo(BookingOutcome.WAITLISTED);

        assertThat(appointments.appointments()).isEmpty();
        assertThat(waitlist.isWaiting(request.consultationId())).isTrue();
        assertThat(meters.counter("madoguchi.scheduling.booking.conflicts").count()).isEqualTo(120);
    }

    @Test
    void publicRequestsTakeAtMostThePublicShareOfADayAndStaffStillBookTheRest() {
        // 14-day horizon from Monday 07:00: 10 open days × 6 seats.
        for (int i = 0; i < 60; i++) {
            assertThat(book.book(Booking.request("ichinomiya", RequestOrigin.PUBLIC_FORM)))
                    .isEqualTo(BookingOutcome.BOOKED);
        }

        assertThat(book.book(Booking.request("ichinomiya", RequestOrigin.PUBLIC_FORM)))
                .isEqualTo(BookingOutcome.WAITLISTED);
        assertThat(waitlist.events()).singleElement().isInstanceOfSatisfying(ConsultationWaitlisted.class,
                event -> assertThat(event.reason()).isEqualTo(WaitlistReason.PUBLIC_SHARE_REACHED));
        assertThat(meters.counter("madoguchi.scheduling.public-share.reached").count()).isEqualTo(1);

        Map<LocalDate, Long> publicPerDay = appointments.appointments().stream()
                .collect(Collectors.groupingBy(a -> a.publicSeat().date(), Collectors.counting()));
        assertThat(publicPerDay).hasSize(10).allSatisfy((day, count) -> assertThat(count).isEqualTo(6L));
        assertThat(appointments.appointments()).extracting(Appointment::publicSeat).doesNotHaveDuplicates();

        assertThat(book.book(Booking.request("katsuura"))).as("the phone desk still books on the first day")
                .isEqualTo(BookingOutcome.BOOKED);
        assertThat(appointments.appointments().get(60).slot().startsAt()).isBefore(tokyo("2026-11-30T15:30"));
        assertThat(appointments.appointments().get(60).publicSeat()).isNull();
    }

    @Test
    void aPublicSeatLostToAConcurrentBookerIsRetriedWithTheNextSeatInTheSameSlot() {
        appointments.bookedConcurrently(new PublicSeat(LocalDate.of(2026, 11, 30), 0));

        assertThat(book.book(Booking.request("ichinomiya", RequestOrigin.PUBLIC_FORM)))
                .isEqualTo(BookingOutcome.BOOKED);

        assertThat(appointments.appointments()).singleElement().satisfies(appointment -> {
            assertThat(appointment.slot()).isEqualTo(MONDAY_0930);
            assertThat(appointment.publicSeat()).isEqualTo(new PublicSeat(LocalDate.of(2026, 11, 30), 1));
        });
        assertThat(meters.counter("madoguchi.scheduling.booking.conflicts").count()).isEqualTo(1);
    }

    @Test
    void aCancelledPublicAppointmentGivesItsSeatBack() {
        BookingRequest first = Booking.request("ichinomiya", RequestOrigin.PUBLIC_FORM);
        book.book(first);
        Appointment booked = appointments.appointments().get(0);
        appointments.cancel(booked.cancelForWithdrawal(WithdrawalReason.OWNER_REQUEST, NOW));

        book.book(Booking.request("ichinomiya", RequestOrigin.PUBLIC_FORM));

        assertThat(appointments.appointments().get(1).publicSeat()).isEqualTo(booked.publicSeat());
    }
}
