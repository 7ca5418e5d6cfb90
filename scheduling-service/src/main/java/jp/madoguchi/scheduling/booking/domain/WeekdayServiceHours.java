package jp.madoguchi.scheduling.booking.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Open Monday to Friday between opening and closing time, cut into slots of equal length. */
public final class WeekdayServiceHours implements ServiceCalendar {

    private final ZoneId zone;
    private final LocalTime opensAt;
    private final LocalTime closesAt;
    private final Duration slotLength;

    public WeekdayServiceHours(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Duration slotLength) {
        if (!closesAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("The service must close after it opens");
        }
        if (slotLength.isZero() || slotLength.isNegative()) {
            throw new IllegalArgumentException("Slots need a positive length");
        }
        this.zone = zone;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.slotLength = slotLength;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public List<Slot> slotsOn(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return List.of();
        }
        // Only whole slots: one that would run past closing time is not offered.
        long slotCount = Duration.between(opensAt, closesAt).dividedBy(slotLength);
        List<Slot> slots = new ArrayList<>();
        for (long i = 0; i < slotCount; i++) {
            Instant start = date.atTime(opensAt).atZone(zone).toInstant().plus(slotLength.multipliedBy(i));
            slots.add(new Slot(start, start.plus(slotLength)));
        }
        return List.copyOf(slots);
    }
}
