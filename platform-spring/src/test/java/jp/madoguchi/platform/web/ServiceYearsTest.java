package jp.madoguchi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ServiceYearsTest {

    @Test
    void daysFrom2000To2099() {
        assertThat(ServiceYears.contain(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(ServiceYears.contain(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(ServiceYears.contain(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(ServiceYears.contain(LocalDate.of(2100, 1, 1))).isFalse();
        assertThat(ServiceYears.contain(LocalDate.MIN)).isFalse();
        assertThat(ServiceYears.contain(LocalDate.MAX)).isFalse();
    }

    @Test
    void instantsFromTheFirstDayToTheEndOfTheLast() {
        assertThat(ServiceYears.contain(Instant.parse("2000-01-01T00:00:00Z"))).isTrue();
        assertThat(ServiceYears.contain(Instant.parse("2100-01-01T00:00:00Z"))).isTrue();
        assertThat(ServiceYears.contain(Instant.parse("2100-01-01T00:00:01Z"))).isFalse();
        assertThat(ServiceYears.contain(Instant.MIN)).isFalse();
        assertThat(ServiceYears.contain(Instant.MAX)).isFalse();
    }
}
