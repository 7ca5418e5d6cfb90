package jp.madoguchi.analytics.usage.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Which requests a report counts, by the Tokyo calendar date they were requested on; both ends
 * inclusive, either may be open.
 */
public record UsagePeriod(LocalDate from, LocalDate to) {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public UsagePeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    public static UsagePeriod always() {
        return new UsagePeriod(null, null);
    }

    public Optional<Instant> start() {
        return Optional.ofNullable(from).map(d -> d.atStartOfDay(TOKYO).toInstant());
    }

    /** Exclusive: the first instant of the day after {@code to}. */
    public Optional<Instant> end() {
        return Optional.ofNullable(to).map(d -> d.plusDays(1).atStartOfDay(TOKYO).toInstant());
    }
}
