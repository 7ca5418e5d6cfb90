package jp.madoguchi.scheduling.booking.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * When the service can be booked. National holidays and the federation's closures will be a calendar
 * that wraps this one and answers "no slots" for those days.
 */
public interface ServiceCalendar {

    /** The zone the rules are written in (Asia/Tokyo for the federation). */
    ZoneId zone();

    /** The day's slots in start order; empty when the service is closed that day. */
    List<Slot> slotsOn(LocalDate date);
}
