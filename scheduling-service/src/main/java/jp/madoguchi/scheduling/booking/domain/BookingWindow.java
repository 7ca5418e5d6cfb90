package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;

/** From the earliest start a booking may have to the end of the booking horizon. */
public record BookingWindow(Instant earliestStart, Instant horizonEnd) {
}
