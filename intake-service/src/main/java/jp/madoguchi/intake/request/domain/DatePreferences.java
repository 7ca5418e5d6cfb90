package jp.madoguchi.intake.request.domain;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.TimeOfDay;

/**
 * When and how the owner would like to be consulted: the part of a request an owner may change later.
 *
 * @param days service weekdays, sorted, no repeats; empty means any service day
 */
public record DatePreferences(ConsultationMode mode, List<DayOfWeek> days, TimeOfDay timeOfDay) {

    /** The service is open on weekdays only (09:30–15:30 Asia/Tokyo): a weekend preference can never be met. */
    static final Set<DayOfWeek> SERVICE_DAYS =
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    public DatePreferences {
        Objects.requireNonNull(mode, "mode");
        days = days == null ? List.of() : days.stream().distinct().sorted().toList();
        timeOfDay = timeOfDay == null ? TimeOfDay.ANY : timeOfDay;
    }

    public boolean onServiceDaysOnly() {
        return SERVICE_DAYS.containsAll(days);
    }
}
