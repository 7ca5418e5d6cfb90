package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;

import jp.madoguchi.events.WaitlistReason;

/** A request that found no slot within the horizon, kept to be promoted when one frees. */
public record WaitlistEntry(BookingRequest request, WaitlistReason reason, Instant waitlistedAt) {
}
