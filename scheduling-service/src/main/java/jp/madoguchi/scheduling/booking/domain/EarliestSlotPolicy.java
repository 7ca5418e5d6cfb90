package jp.madoguchi.scheduling.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The first rule set: the earliest open slot that starts at least {@code leadTime} after now, within a
 * horizon of {@code horizonDays} calendar days (today included), at the time of day the owner can take
 * ({@link TimeOfDayRule}); slots on the owner's preferred weekdays first, any open day after them; in a slot, the least-loaded free consultant first (ties in
 * roster order, so the choice is deterministic).
 */
public final class EarliestSlotPolicy implements SlotPolicy {

    private final ServiceCalendar calendar;
    private final DutyRoster roster;
    private final Duration leadTime;
    private final int horizonDays;

    public EarliestSlotPolicy(ServiceCalendar calendar, DutyRoster roster, Duration leadTime, int horizonDays) {
        if (horizonDays < 1) {
            throw new IllegalArgumentException("The booking horizon must be at least one day");
        }
        this.calendar = calendar;
        this.roster = roster;
        this.leadTime = leadTime;
        this.horizonDays = horizonDays;
    }

    @Override
    public BookingWindow windowAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        Instant horizonEnd = today.plusDays(horizonDays).atStartOfDay(calendar.zone()).toInstant();
        return new BookingWindow(now.plus(leadTime), horizonEnd);
    }

    @Override
    public List<SlotOffer> offers(BookingRequest request, Instant now, Bookings bookings) {
        BookingWindow window = windowAt(now);
        List<SlotOffer> preferred = new ArrayList<>();
        List<SlotOffer> others = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        for (int day = 0; day < horizonDays; day++) {
            LocalDate date = today.plusDays(day);
            boolean isPreferred = request.preferredDays().contains(date.getDayOfWeek());
            for (Slot slot : calendar.slotsOn(date)) {
                if (slot.startsAt().isBefore(window.earliestStart())
                        || !TimeOfDayRule.fits(request.timeOfDay(), slot, calendar.zone())) {
                    continue;
                }
                List<SlotOffer> offers = freeConsultants(slot, bookings);
                (isPreferred ? preferred : others).addAll(offers);
            }
        }
        List<SlotOffer> all = new ArrayList<>(preferred);
        all.addAll(others);
        return List.copyOf(all);
    }

    private List<SlotOffer> freeConsultants(Slot slot, Bookings bookings) {
        List<String> onDuty = roster.consultantsOnDuty(slot);
        return onDuty.stream()
                .filter(consultant -> !bookings.isTaken(consultant, slot))
                .sorted(Comparator.comparingInt(bookings::loadOf).thenComparingInt(onDuty::indexOf))
                .map(consultant -> new SlotOffer(slot, consultant))
                .toList();
    }
}
