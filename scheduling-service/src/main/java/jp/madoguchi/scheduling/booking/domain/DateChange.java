package jp.madoguchi.scheduling.booking.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.TimeOfDay;

/**
 * The owner's request for another date, with the preferences the new date must meet. Unlike a first request, whose
 * weekdays only come first, the weekdays named here are a rule: the owner asked to move away from a date to these
 * days, and a slot on another day would not be what they asked for.
 *
 * @param days empty: any service day
 */
public record DateChange(UUID eventId, UUID consultationId, ConsultationMode mode, List<DayOfWeek> days,
        TimeOfDay timeOfDay) {

    public DateChange {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(consultationId, "consultationId");
        days = days == null ? List.of() : List.copyOf(days);
        timeOfDay = timeOfDay == null ? TimeOfDay.ANY : timeOfDay;
    }

    /**
     * The booked consultation asked for again with the new preferences, for the slot policy. Only whether it came
     * through the public web form matters for where it may go (its public seat says so), so the origin is read from
     * that.
     */
    public BookingRequest requestFor(Appointment current) {
        return new BookingRequest(current.consultationId(), current.federationId(), current.chamberId(),
                current.topic(), mode == null ? current.mode() : mode, days, eventId,
                current.publicSeat() != null ? RequestOrigin.PUBLIC_FORM : RequestOrigin.FEDERATION_STAFF, timeOfDay);
    }

    /**
     * The waiting request asked for again with the new preferences; an appointment booked by it names this change as
     * its source, which is how a redelivery finds it answered.
     */
    public BookingRequest requestFor(WaitlistEntry waiting) {
        BookingRequest before = waiting.request();
        return new BookingRequest(before.consultationId(), before.federationId(), before.chamberId(), before.topic(),
                mode == null ? before.mode() : mode, days, eventId, before.origin(), timeOfDay);
    }

    /** Whether the offer is on the days asked for (for a consultation that waits and has no date yet). */
    public boolean accepts(SlotOffer offer, ZoneId zone) {
        return days.isEmpty() || days.contains(LocalDate.ofInstant(offer.slot().startsAt(), zone).getDayOfWeek());
    }

    /** Whether the offer is another date on the days asked for: never the slot the appointment already has. */
    public boolean accepts(SlotOffer offer, Appointment current, ZoneId zone) {
        return !offer.slot().startsAt().equals(current.slot().startsAt()) && accepts(offer, zone);
    }
}
