package jp.madoguchi.scheduling.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.BookingWindow;
import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;
import jp.madoguchi.scheduling.booking.domain.SlotPolicy;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

/**
 * Books a requested consultation into the first offer the policy makes that is still free when written,
 * or waitlists it. Safe under redelivery and under concurrent bookers (threads or instances): the
 * store's unique indexes decide every race, this class only moves on to the next offer.
 */
@Service
public class BookConsultation {

    private static final Logger log = LoggerFactory.getLogger(BookConsultation.class);

    private final AppointmentStore appointments;
    private final WaitlistStore waitlist;
    private final SlotPolicy policy;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter conflicts;
    private final Counter waitlisted;

    public BookConsultation(AppointmentStore appointments, WaitlistStore waitlist, SlotPolicy policy, Clock clock,
            MeterRegistry meters) {
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.policy = policy;
        this.clock = clock;
        this.meters = meters;
        this.conflicts = Counter.builder("madoguchi.scheduling.booking.conflicts")
                .description("Slots lost to a concurrent booking and retried with the next offer")
                .register(meters);
        this.waitlisted = Counter.builder("madoguchi.scheduling.waitlisted")
                .description("Requests that found no slot within the booking horizon")
                .register(meters);
    }

    public BookingOutcome book(BookingRequest request) {
        Timer.Sample sample = Timer.start(meters);
        BookingOutcome outcome = bookTimed(request);
        sample.stop(Timer.builder("madoguchi.scheduling.booking.duration")
                .description("Time to book or waitlist one request")
                .tag("outcome", outcome.name().toLowerCase())
                .register(meters));
        return outcome;
    }

    private BookingOutcome bookTimed(BookingRequest request) {
        UUID consultationId = request.consultationId();
        if (appointments.findByConsultation(consultationId).isPresent() || waitlist.contains(consultationId)) {
            return BookingOutcome.DUPLICATE;
        }
        Instant now = clock.instant();
        BookingWindow window = policy.windowAt(now);
        Bookings bookings = appointments.bookedBetween(window.earliestStart(), window.horizonEnd());
        for (SlotOffer offer : policy.offers(request, now, bookings)) {
            WithEvents<Appointment> booked = Appointment.book(request, offer, now);
            switch (appointments.insert(booked)) {
                case INSERTED -> {
                    Counter.builder("madoguchi.scheduling.appointments.booked")
                            .description("Appointments booked, by phone or web meeting")
                            .tag("mode", request.mode().name())
                            .register(meters)
                            .increment();
                    log.info("Booked consultation {} with {} at {}", consultationId, offer.consultantId(),
                            offer.slot().startsAt());
                    return BookingOutcome.BOOKED;
                }
                case CONSULTATION_ALREADY_BOOKED -> {
                    return BookingOutcome.DUPLICATE;
                }
                case SLOT_TAKEN -> conflicts.increment();
            }
        }
        return waitlist(request, now);
    }

    private BookingOutcome waitlist(BookingRequest request, Instant now) {
        WaitlistReason reason = WaitlistReason.NO_SLOT_IN_HORIZON;
        if (!waitlist.add(WaitlistEntry.waitlist(request, reason, now))) {
            return BookingOutcome.DUPLICATE;
        }
        waitlisted.increment();
        log.info("Waitlisted consultation {}: {}", request.consultationId(), reason);
        return BookingOutcome.WAITLISTED;
    }

}
