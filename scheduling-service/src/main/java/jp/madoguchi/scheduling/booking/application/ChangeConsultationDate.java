package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.DateChangeDeclineReason;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.application.AppointmentStore.MoveOutcome;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.BookingWindow;
import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.DateChange;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;
import jp.madoguchi.scheduling.booking.domain.PublicShare;
import jp.madoguchi.scheduling.booking.domain.ServiceCalendar;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;
import jp.madoguchi.scheduling.booking.domain.SlotPolicy;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

/**
 * Gives a consultation the other date its owner asked for, by the same slot policy as a first booking with the new
 * preferences (mode, weekdays, time of day), never the slot it has. The appointment is moved in one update, so the
 * old slot is let go exactly when the new one is held; when nothing else fits, or the consultation has begun, the
 * appointment is kept and the owner told so ({@code consultation.date-change-declined}): asking for a better date
 * never costs the owner the date they had. A consultation that waits on the list is booked by its new preferences
 * when they fit, else keeps waiting with them. Safe under redelivery (each answered change is recorded with the
 * answer) and under concurrent bookers (the unique indexes decide, this class moves on to the next offer).
 */
@Service
public class ChangeConsultationDate {

    private static final Logger log = LoggerFactory.getLogger(ChangeConsultationDate.class);

    private final AppointmentStore appointments;
    private final WaitlistStore waitlist;
    private final BookConsultation book;
    private final SlotPolicy policy;
    private final PublicShare publicShare;
    private final ServiceCalendar calendar;
    private final Clock clock;
    private final MeterRegistry meters;

    public ChangeConsultationDate(AppointmentStore appointments, WaitlistStore waitlist, BookConsultation book,
            SlotPolicy policy, PublicShare publicShare, ServiceCalendar calendar, Clock clock, MeterRegistry meters) {
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.book = book;
        this.policy = policy;
        this.publicShare = publicShare;
        this.calendar = calendar;
        this.clock = clock;
        this.meters = meters;
    }

    public DateChangeOutcome change(DateChange change) {
        DateChangeOutcome outcome = handle(change);
        Counter.builder("madoguchi.scheduling.date-changes")
                .description("Requests for another date, by outcome: rescheduled, scheduled (off the waitlist), kept "
                        + "(nothing else fits; the appointment stays), waitlisted (still waiting), skipped (nothing "
                        + "to change), duplicate (redelivery)")
                .tag("outcome", outcome.tag())
                .register(meters)
                .increment();
        return outcome;
    }

    private DateChangeOutcome handle(DateChange change) {
        Instant now = clock.instant();
        Optional<Appointment> found = appointments.findByConsultation(change.consultationId());
        if (found.isEmpty()) {
            return changeWaiting(change, now);
        }
        Appointment current = found.get();
        if (current.hasAnswered(change.eventId())) {
            if (current.isBooked()) {
                appointments.completeMove(current);
                waitlist.booked(current.consultationId(), now);
            }
            return DateChangeOutcome.DUPLICATE;
        }
        if (!current.isBooked()) {
            return DateChangeOutcome.SKIPPED;
        }
        if (current.hasBegunAt(now)) {
            return keep(current, change, DateChangeDeclineReason.CONSULTATION_BEGUN, now);
        }
        return move(current, change, now);
    }

    private DateChangeOutcome move(Appointment current, DateChange change, Instant now) {
        BookingRequest request = change.requestFor(current);
        BookingWindow window = policy.windowAt(now);
        Bookings bookings = appointments.bookedBetween(window.earliestStart(), window.horizonEnd());
        for (SlotOffer offer : policy.offers(request, now, bookings)) {
            if (!change.accepts(offer, current, calendar.zone())) {
                continue;
            }
            while (true) {
                Optional<PublicSeat> seat = seatFor(current, offer, bookings);
                if (current.publicSeat() != null && seat.isEmpty()) {
                    break;
                }
                WithEvents<Appointment> moved = current.moveTo(offer, request.mode(), seat.orElse(null),
                        change.eventId(), now);
                MoveOutcome outcome = appointments.move(current, moved);
                if (outcome == MoveOutcome.MOVED) {
                    log.info("Moved appointment {} of consultation {} from {} to {} with {}",
                            current.appointmentId(), current.consultationId(), current.slot().startsAt(),
                            offer.slot().startsAt(), offer.consultantId());
                    return DateChangeOutcome.RESCHEDULED;
                }
                if (outcome == MoveOutcome.CHANGED_MEANWHILE) {
                    throw changedMeanwhile(change);
                }
                if (outcome == MoveOutcome.SLOT_TAKEN || seat.get().equals(current.publicSeat())) {
                    break;
                }
                // PUBLIC_SEAT_TAKEN: the same slot may still be had with the day's next seat.
                bookings.holdPublicSeat(seat.get());
            }
        }
        return keep(current, change, DateChangeDeclineReason.NO_SLOT_FITS, now);
    }

    /**
     * The public seat the moved appointment would hold: its own on the same day, else the day's first free one;
     * empty for an appointment that holds none, or when the day's public seats are all held.
     */
    private Optional<PublicSeat> seatFor(Appointment current, SlotOffer offer, Bookings bookings) {
        if (current.publicSeat() == null) {
            return Optional.empty();
        }
        LocalDate day = publicShare.dayOf(offer.slot());
        if (day.equals(current.publicSeat().date())) {
            return Optional.of(current.publicSeat());
        }
        return bookings.freePublicSeat(day, publicShare.seatsOn(day));
    }

    private DateChangeOutcome keep(Appointment current, DateChange change, DateChangeDeclineReason reason,
            Instant now) {
        if (!appointments.keep(current, current.keep(change.eventId(), reason, now))) {
            throw changedMeanwhile(change);
        }
        log.info("Kept appointment {} of consultation {}: {}", current.appointmentId(), current.consultationId(),
                reason);
        return DateChangeOutcome.KEPT;
    }

    private DateChangeOutcome changeWaiting(DateChange change, Instant now) {
        Optional<WaitlistEntry> found = waitlist.findWaiting(change.consultationId());
        if (found.isEmpty()) {
            return DateChangeOutcome.SKIPPED;
        }
        WaitlistEntry waiting = found.get();
        if (waiting.hasAnswered(change.eventId())) {
            return DateChangeOutcome.DUPLICATE;
        }
        BookingOutcome booked = book.bookWaiting(change.requestFor(waiting),
                offer -> change.accepts(offer, calendar.zone()));
        if (booked == BookingOutcome.BOOKED) {
            waitlist.booked(change.consultationId(), now);
            return DateChangeOutcome.SCHEDULED;
        }
        if (booked == BookingOutcome.DUPLICATE || !waitlist.keepWaiting(waiting.keepWaiting(change, now))) {
            // Booked or withdrawn since it was read: the retry reads it as it is now.
            throw changedMeanwhile(change);
        }
        log.info("Consultation {} keeps waiting with new preferences", change.consultationId());
        return DateChangeOutcome.WAITLISTED;
    }

    private static IllegalStateException changedMeanwhile(DateChange change) {
        return new IllegalStateException("Consultation " + change.consultationId()
                + " changed while its date change " + change.eventId() + " was handled; retried");
    }
}
