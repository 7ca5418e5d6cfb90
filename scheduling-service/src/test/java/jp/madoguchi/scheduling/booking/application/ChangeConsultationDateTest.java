package jp.madoguchi.scheduling.booking.application;

import static jp.madoguchi.scheduling.booking.application.Booking.tokyo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.events.ConsultationDateChangeDeclined;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.DateChangeDeclineReason;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.DateChange;
import jp.madoguchi.scheduling.booking.domain.EarliestSlotPolicy;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;
import jp.madoguchi.scheduling.booking.domain.Slot;
import jp.madoguchi.scheduling.booking.domain.SlotPolicy;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

class ChangeConsultationDateTest {

    // 2026-11-30 is a Monday.
    private static final Instant NOW = tokyo("2026-11-30T07:00");
    private static final Slot MONDAY_0930 = new Slot(tokyo("2026-11-30T09:30"), tokyo("2026-11-30T10:30"));

    private final InMemoryAppointmentStore appointments = new InMemoryAppointmentStore();
    private final InMemoryWaitlistStore waitlist = new InMemoryWaitlistStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void theAppointmentMovesToTheNewWeekdaysAndTimeOfDayAndThatIsAnnounced() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);
        DateChange change = change(booked, TimeOfDay.AFTERNOON, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

        assertThat(service(Booking.POLICY, NOW).change(change)).isEqualTo(DateChangeOutcome.RESCHEDULED);

        Appointment moved = appointments.findByConsultation(booked.consultationId()).orElseThrow();
        assertThat(moved.appointmentId()).isEqualTo(booked.appointmentId());
        assertThat(moved.isBooked()).isTrue();
        assertThat(moved.slot().startsAt()).isEqualTo(tokyo("2026-12-01T12:30"));
        assertThat(moved.mode()).isEqualTo(ConsultationMode.WEB_MEETING);
        assertThat(appointments.events()).last().isInstanceOfSatisfying(ConsultationRescheduled.class, event -> {
            assertThat(event.appointmentId()).isEqualTo(booked.appointmentId());
            assertThat(event.previousStartsAt()).isEqualTo(MONDAY_0930.startsAt());
            assertThat(event.startsAt()).isEqualTo(tokyo("2026-12-01T12:30"));
            assertThat(event.endsAt()).isEqualTo(tokyo("2026-12-01T13:30"));
            assertThat(event.consultantId()).isEqualTo(moved.consultantId());
            assertThat(event.mode()).isEqualTo(ConsultationMode.WEB_MEETING);
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        assertThat(outcomes("rescheduled")).isEqualTo(1);
    }

    @Test
    void neverTheSameSlotAgainWhenAnotherFits() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);

        service(Booking.POLICY, NOW).change(change(booked, TimeOfDay.MORNING, DayOfWeek.MONDAY));

        // The other consultant is free at 09:30 too, but that is the date the owner asked to move away from.
        assertThat(appointments.findByConsultation(booked.consultationId())).hasValueSatisfying(
                moved -> assertThat(moved.slot().startsAt()).isEqualTo(tokyo("2026-11-30T10:30")));
    }

    @Test
    void whenNothingElseFitsTheAppointmentIsKeptAndTheOwnerTold() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);
        SlotPolicy mondayOnly = new EarliestSlotPolicy(Booking.HOURS, Booking.ROSTER, Duration.ofHours(2), 1);
        DateChange change = change(booked, TimeOfDay.ANY, DayOfWeek.TUESDAY);

        assertThat(service(mondayOnly, NOW).change(change)).isEqualTo(DateChangeOutcome.KEPT);

        assertThat(appointments.findByConsultation(booked.consultationId())).hasValueSatisfying(kept -> {
            assertThat(kept.isBooked()).isTrue();
            assertThat(kept.slot()).isEqualTo(MONDAY_0930);
            assertThat(kept.mode()).isEqualTo(ConsultationMode.PHONE);
        });
        assertThat(appointments.events()).last().isInstanceOfSatisfying(ConsultationDateChangeDeclined.class, e -> {
            assertThat(e.dateChangeEventId()).isEqualTo(change.eventId());
            assertThat(e.reason()).isEqualTo(DateChangeDeclineReason.NO_SLOT_FITS);
        });
        assertThat(outcomes("kept")).isEqualTo(1);
    }

    @Test
    void aConsultationThatHasBegunIsKept() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);

        assertThat(service(Booking.POLICY, tokyo("2026-11-30T09:45"))
                .change(change(booked, TimeOfDay.ANY, DayOfWeek.FRIDAY))).isEqualTo(DateChangeOutcome.KEPT);

        assertThat(appointments.findByConsultation(booked.consultationId()).orElseThrow().slot())
                .isEqualTo(MONDAY_0930);
        assertThat(appointments.events()).last().isInstanceOfSatisfying(ConsultationDateChangeDeclined.class,
                e -> assertThat(e.reason()).isEqualTo(DateChangeDeclineReason.CONSULTATION_BEGUN));
    }

    @Test
    void aRedeliveredDateChangeIsAnsweredOnce() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);
        DateChange change = change(booked, TimeOfDay.AFTERNOON, DayOfWeek.WEDNESDAY);
        ChangeConsultationDate service = service(Booking.POLICY, NOW);
        service.change(change);
        Appointment moved = appointments.findByConsultation(booked.consultationId()).orElseThrow();
        int events = appointments.events().size();

        assertThat(service.change(change)).isEqualTo(DateChangeOutcome.DUPLICATE);

        assertThat(appointments.findByConsultation(booked.consultationId())).contains(moved);
        assertThat(appointments.events()).hasSize(events);
        assertThat(outcomes("duplicate")).isEqualTo(1);
    }

    @Test
    void aSecondDateChangeMovesItAgain() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);
        ChangeConsultationDate service = service(Booking.POLICY, NOW);
        service.change(change(booked, TimeOfDay.AFTERNOON, DayOfWeek.WEDNESDAY));

        assertThat(service.change(change(booked, TimeOfDay.MORNING, DayOfWeek.FRIDAY)))
                .isEqualTo(DateChangeOutcome.RESCHEDULED);

        assertThat(appointments.findByConsultation(booked.consultationId()).orElseThrow().slot().startsAt())
                .isEqualTo(tokyo("2026-12-04T09:30"));
        assertThat(appointments.events()).last().isInstanceOfSatisfying(ConsultationRescheduled.class,
                e -> assertThat(e.previousStartsAt()).isEqualTo(tokyo("2026-12-02T12:30")));
    }

    @Test
    void aPublicAppointmentTakesAPublicSeatOnItsNewDay() {
        Appointment booked = bookedMonday0930(RequestOrigin.PUBLIC_FORM);

        service(Booking.POLICY, NOW).change(change(booked, TimeOfDay.ANY, DayOfWeek.TUESDAY));

        assertThat(appointments.findByConsultation(booked.consultationId())).hasValueSatisfying(moved ->
                assertThat(moved.publicSeat()).isEqualTo(new PublicSeat(LocalDate.of(2026, 12, 1), 0)));
    }

    @Test
    void aConsultationSchedulingNeverSawIsSkipped() {
        DateChange change = new DateChange(UUID.randomUUID(), UUID.randomUUID(), ConsultationMode.PHONE,
                List.of(DayOfWeek.MONDAY), TimeOfDay.ANY);

        assertThat(service(Booking.POLICY, NOW).change(change)).isEqualTo(DateChangeOutcome.SKIPPED);

        assertThat(appointments.events()).isEmpty();
        assertThat(waitlist.events()).isEmpty();
        assertThat(outcomes("skipped")).isEqualTo(1);
    }

    @Test
    void aCancelledConsultationIsSkipped() {
        Appointment booked = bookedMonday0930(RequestOrigin.FEDERATION_STAFF);
        Clock clock = Clock.fixed(NOW, Booking.TOKYO);
        new CancelWithdrawnConsultation(appointments, waitlist, clock, meters)
                .withdraw(booked.consultationId(), WithdrawalReason.OWNER_REQUEST);
        int events = appointments.events().size();

        assertThat(service(Booking.POLICY, NOW).change(change(booked, TimeOfDay.ANY, DayOfWeek.TUESDAY)))
                .isEqualTo(DateChangeOutcome.SKIPPED);

        assertThat(appointments.events()).hasSize(events);
    }

    @Test
    void aWaitingConsultationIsBookedByItsNewPreferences() {
        BookingRequest request = Booking.request("ichinomiya");
        waitlist.add(WaitlistEntry.waitlist(request, WaitlistReason.NO_SLOT_IN_HORIZON, NOW));
        DateChange change = new DateChange(UUID.randomUUID(), request.consultationId(), ConsultationMode.PHONE,
                List.of(DayOfWeek.THURSDAY), TimeOfDay.AFTERNOON);
        ChangeConsultationDate service = service(Booking.POLICY, NOW);

        assertThat(service.change(change)).isEqualTo(DateChangeOutcome.SCHEDULED);
        assertThat(service.change(change)).isEqualTo(DateChangeOutcome.DUPLICATE);

        assertThat(appointments.findByConsultation(request.consultationId())).hasValueSatisfying(booked ->
                assertThat(booked.slot().startsAt()).isEqualTo(tokyo("2026-12-03T12:30")));
        assertThat(appointments.events()).singleElement().isInstanceOf(ConsultationScheduled.class);
        assertThat(waitlist.findWaiting(request.consultationId())).isEmpty();
    }

    @Test
    void aWaitingConsultationThatStillFindsNothingKeepsWaitingWithItsNewPreferences() {
        BookingRequest request = Booking.request("ichinomiya");
        waitlist.add(WaitlistEntry.waitlist(request, WaitlistReason.NO_SLOT_IN_HORIZON, NOW));
        SlotPolicy mondayOnly = new EarliestSlotPolicy(Booking.HOURS, Booking.ROSTER, Duration.ofHours(2), 1);
        DateChange change = new DateChange(UUID.randomUUID(), request.consultationId(), ConsultationMode.WEB_MEETING,
                List.of(DayOfWeek.FRIDAY), TimeOfDay.MORNING);
        ChangeConsultationDate service = service(mondayOnly, NOW);

        assertThat(service.change(change)).isEqualTo(DateChangeOutcome.WAITLISTED);
        assertThat(service.change(change)).isEqualTo(DateChangeOutcome.DUPLICATE);

        assertThat(waitlist.findWaiting(request.consultationId())).hasValueSatisfying(waiting -> {
            assertThat(waiting.request().preferredDays()).containsExactly(DayOfWeek.FRIDAY);
            assertThat(waiting.request().timeOfDay()).isEqualTo(TimeOfDay.MORNING);
            assertThat(waiting.request().mode()).isEqualTo(ConsultationMode.WEB_MEETING);
        });
        assertThat(waitlist.events()).last().isInstanceOfSatisfying(ConsultationDateChangeDeclined.class,
                e -> assertThat(e.dateChangeEventId()).isEqualTo(change.eventId()));
        assertThat(appointments.findByConsultation(request.consultationId())).isEmpty();
        assertThat(outcomes("waitlisted")).isEqualTo(1);
    }

    private Appointment bookedMonday0930(RequestOrigin origin) {
        BookingRequest request = Booking.request("ichinomiya", origin);
        BookConsultation book = new BookConsultation(appointments, waitlist, Booking.POLICY, Booking.PUBLIC_SHARE,
                Clock.fixed(tokyo("2026-11-30T06:00"), Booking.TOKYO), meters);
        assertThat(book.book(request)).isEqualTo(BookingOutcome.BOOKED);
        Appointment booked = appointments.findByConsultation(request.consultationId()).orElseThrow();
        assertThat(booked.slot()).isEqualTo(MONDAY_0930);
        return booked;
    }

    private static DateChange change(Appointment booked, TimeOfDay timeOfDay, DayOfWeek... days) {
        return new DateChange(UUID.randomUUID(), booked.consultationId(), ConsultationMode.WEB_MEETING,
                List.of(days), timeOfDay);
    }

    private ChangeConsultationDate service(SlotPolicy policy, Instant now) {
        Clock clock = Clock.fixed(now, Booking.TOKYO);
        return new ChangeConsultationDate(appointments, waitlist,
                new BookConsultation(appointments, waitlist, policy, Booking.PUBLIC_SHARE, clock, meters), policy,
                Booking.PUBLIC_SHARE, Booking.HOURS, clock, meters);
    }

    private double outcomes(String outcome) {
        return meters.counter("madoguchi.scheduling.date-changes", "outcome", outcome).count();
    }
}
