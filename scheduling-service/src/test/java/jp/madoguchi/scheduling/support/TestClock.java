package jp.madoguchi.scheduling.support;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests set. Tests share one Mongo per JVM, so each test books into weeks of its own:
 * {@link #startFreshWeek(DayOfWeek, LocalTime)} moves the clock to a week no other test in this JVM
 * used, four weeks after the last (more than the 14-day horizon).
 */
public final class TestClock extends Clock {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2031, 1, 6);
    private static final AtomicInteger WEEKS_USED = new AtomicInteger();

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    /** @return the Monday of the week the clock is now in */
    public LocalDate startFreshWeek(DayOfWeek day, LocalTime tokyoTime) {
        LocalDate monday = FIRST_MONDAY.plusWeeks(4L * WEEKS_USED.getAndIncrement());
        now.set(monday.with(day).atTime(tokyoTime).atZone(TOKYO).toInstant());
        return monday;
    }

    @Override
    public ZoneId getZone() {
        return TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
