package jp.madoguchi.scheduling.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

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
import jp.madoguchi.scheduling.booking.application.AppointmentStore.InsertOutcome;
import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;
import jp.madoguchi.scheduling.booking.domain.PublicShare;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;
import jp.madoguchi.scheduling.booking.domain.SlotPolicy;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

/**
 * Books a requested consultation into the first offer the policy makes that is still free when written,
 * or waitlists it. A request from the public web form also takes one of the day's public seats
 * ({@link PublicShare}), so anonymous requests never hold more than the public share of a day. Safe under redelivery and under concurrent bookers (threads or instances): the
 * store's unique indexes decide every race, this class only moves on to the next offer.
 */
@Service
public class BookConsultation {

    private static final Logger log = LoggerFactory.getLogger(BookConsultation.class);

    private final AppointmentStore appointments;
    private final WaitlistStore waitlist;
    private final SlotPolicy policy;
    private final PublicShare publicShare;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter conflicts;
    private final Counter waitlisted;
    private final Counter publicShareReachedCount;

    public BookConsultation(AppointmentStore appointments, WaitlistStore waitlist, SlotPolicy policy,
            PublicShare publicShare, Clock clock, MeterRegistry meters) {
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.policy = policy;
        this.publicShare = publicShare;
        this.clock = clock;
        this.meters = meters;
        this.conflicts = Counter.builder("madoguchi.scheduling.booking.conflicts")
                .description("Slots lost to a concurrent booking and retried with the next offer")
                .register(meters);
        this.waitlisted = Counter.builder("madoguchi.scheduling.waitlisted")
                .description("Requests that found no slot within the booking horizon")
                .register(meters);
        this.publicShareReachedCount = Counter.builder("madoguchi.scheduling.public-share.reached")
                .description("Public web-form requests waitlisted because the public share of every day they could "
                        + "have had was taken (a sudden rise means anonymous demand jumped: see the alert rules)")
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
        Attempt attempt = attempt(request, offer -> true, now);
        if (attempt.outcome() != null) {
            return attempt.outcome();
        }
        if (attempt.publicShareReached()) {
            publicShareReachedCount.increment();
        }
        return waitlist(request, attempt.publicShareReached() ? WaitlistReason.PUBLIC_SHARE_REACHED
                : WaitlistReason.NO_SLOT_IN_HORIZON, now);
    }

    /**
     * Books a consultation that waits on the list into the first acceptable offer for its new preferences.
     *
     * @return BOOKED, DUPLICATE (it has an appointment already), or WAITLISTED when nothing acceptable is free (the
     *         entry is left as it is, for the caller to update)
     */
    public BookingOutcome bookWaiting(BookingRequest request, Predicate<SlotOffer> acceptable) {
        Attempt attempt = attempt(request, acceptable, clock.instant());
        return attempt.outcome() != null ? attempt.outcome() : BookingOutcome.WAITLISTED;
    }

    /** @param outcome BOOKED or DUPLICATE; null when no offer could be had */
    private record Attempt(BookingOutcome outcome, boolean publicShareReached) {
    }

    private Attempt attempt(BookingRequest request, Predicate<SlotOffer> acceptable, Instant now) {
        BookingWindow window = policy.windowAt(now);
        Bookings bookings = appointments.bookedBetween(window.earliestStart(), window.horizonEnd());
        boolean publicShareReached = false;
        for (SlotOffer offer : policy.offers(request, now, bookings)) {
            if (!acceptable.test(offer)) {
                continue;
            }
            while (true) {
                PublicSeat seat = null;
                if (request.fromPublicForm()) {
                    LocalDate day = publicShare.dayOf(offer.slot());
                    Optional<PublicSeat> free = bookings.freePublicSeat(day, publicShare.seatsOn(day));
                    if (free.isEmpty()) {
                        publicShareReached = true;
                        break;
                    }
                    seat = free.get();
                }
                WithEvents<Appointment> booked = Appointment.book(request, offer, seat, now);
                InsertOutcome inserted = appointments.insert(booked);
                if (inserted == InsertOutcome.INSERTED) {
                    booked(request, offer);
                    return new Attempt(BookingOutcome.BOOKED, publicShareReached);
                }
                if (inserted == InsertOutcome.CONSULTATION_ALREADY_BOOKED) {
                    return new Attempt(BookingOutcome.DUPLICATE, publicShareReached);
                }
                conflicts.increment();
                if (inserted == InsertOutcome.SLOT_TAKEN) {
                    break;
                }
                // PUBLIC_SEAT_TAKEN: the same slot may still be had with the day's next seat.
                bookings.holdPublicSeat(seat);
            }
        }
        return new Attempt(null, publicShareReached);
    }

    private void booked(BookingRequest request, SlotOffer offer) {
        Counter.builder("madoguchi.scheduling.appointments.booked")
                .description("Appointments booked, by mode and origin (public web form, staff, advisor)")
                .tag("mode", request.mode().name())
                .tag("origin", request.origin().name())
                .register(meters)
                .increment();
        log.info("Booked consultation {} with {} at {}", request.consultationId(), offer.consultantId(),
                offer.slot().startsAt());
    }

    private BookingOutcome waitlist(BookingRequest request, WaitlistReason reason, Instant now) {
        if (!waitlist.add(WaitlistEntry.waitlist(request, reason, now))) {
            return BookingOutcome.DUPLICATE;
        }
        waitlisted.increment();
        log.info("Waitlisted consultation {}: {}", request.consultationId(), reason);
        return BookingOutcome.WAITLISTED;
    }

}
