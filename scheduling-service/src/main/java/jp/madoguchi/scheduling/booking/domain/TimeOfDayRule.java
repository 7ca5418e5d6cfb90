package jp.madoguchi.scheduling.booking.domain;

import java.time.LocalTime;
import java.time.ZoneId;

import jp.madoguchi.events.TimeOfDay;

/**
 * The owner's time of day against the service's slots, in the service's zone: a morning slot starts before noon, an
 * afternoon slot at or after it. With today's hours (09:30–15:30, hourly) that is 09:30, 10:30, 11:30 against 12:30,
 * 13:30, 14:30 — three each. It is a rule, not a ranking: an owner who can only talk in the morning (the shop opens at
 * noon) is not helped by an afternoon slot, so a request finds nothing rather than the wrong half of the day.
 */
public final class TimeOfDayRule {

    static final LocalTime NOON = LocalTime.NOON;

    private TimeOfDayRule() {
    }

    public static boolean fits(TimeOfDay timeOfDay, Slot slot, ZoneId zone) {
        LocalTime starts = LocalTime.ofInstant(slot.startsAt(), zone);
        return switch (timeOfDay) {
            case MORNING -> starts.isBefore(NOON);
            case AFTERNOON -> !starts.isBefore(NOON);
            case ANY -> true;
        };
    }
}
