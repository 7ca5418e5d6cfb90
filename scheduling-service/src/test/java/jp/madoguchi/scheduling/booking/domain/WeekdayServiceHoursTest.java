package jp.madoguchi.scheduling.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WeekdayServiceHoursTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final ServiceCalendar hours = new WeekdayServiceHours(TOKYO, LocalTime.of(9, 30), LocalTime.of(15, 30),
            Duration.ofMinutes(60));

    @Test
    void aWeekdayHasSixHourlySlotsFromHalfPastNine() {
        assertThat(hours.slotsOn(LocalDate.of(2026, 11, 30)))
                .extracting(slot -> slot.startsAt().atZone(TOKYO).toLocalTime())
                .containsExactly(LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(11, 30),
                        LocalTime.of(12, 30), LocalTime.of(13, 30), LocalTime.of(14, 30));
    }

    @Test
    void theWeekendHasNoSlots() {
        assertThat(hours.slotsOn(LocalDate.of(2026, 11, 28))).isEmpty();
        assertThat(hours.slotsOn(LocalDate.of(2026, 11, 29))).isEmpty();
    }

    @Test
    void aSlotThatWouldRunPastClosingIsNotOffered() {
        ServiceCalendar fortyFiveMinutes = new WeekdayServiceHours(TOKYO, LocalTime.of(9, 30), LocalTime.of(15, 30),
                Duration.ofMinutes(45));

        assertThat(fortyFiveMinutes.slotsOn(LocalDate.of(2026, 11, 30))).hasSize(8)
                .last().satisfies(slot -> assertThat(slot.endsAt().atZone(TOKYO).toLocalTime())
                        .isEqualTo(LocalTime.of(15, 30)));
    }
}
