package jp.madoguchi.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a madoguchi service can hold data for: 2000 to 2099, the span the working calendar covers. A date or
 * instant a caller gives outside them is refused as input (400) before it reaches a query; at the far ends of
 * Java's date types it would not even fit a BSON date, and the probe of issue #7 turned such values into 500s.
 */
public final class ServiceYears {

    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private static final Instant START = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private ServiceYears() {
    }

    public static boolean contain(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    public static boolean contain(Instant instant) {
        return !instant.isBefore(START) && !instant.isAfter(END);
    }
}
