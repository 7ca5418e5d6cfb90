package jp.madoguchi.scheduling.booking;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.scheduling.*}: service hours, booking horizon and the consultants on duty.
 *
 * @param zone the zone the rules are written in
 * @param opensAt first slot start (local time)
 * @param closesAt end of the last slot (local time)
 * @param slotLength length of one appointment
 * @param leadTime how long after a request is handled its appointment may start at the earliest
 * @param horizonDays how many calendar days ahead (today included) a request may be booked
 * @param consultants ids of the consultants on duty in every open hour
 * @param publicShare fraction (0–1) of each day's appointments that requests from the public web form may hold; the
 *                    rest stays for the phone desk and the chambers' advisors
 */
@ConfigurationProperties("madoguchi.scheduling")
public record BookingProperties(
        @DefaultValue("Asia/Tokyo") ZoneId zone,
        @DefaultValue("09:30") LocalTime opensAt,
        @DefaultValue("15:30") LocalTime closesAt,
        @DefaultValue("60m") Duration slotLength,
        @DefaultValue("2h") Duration leadTime,
        @DefaultValue("14") int horizonDays,
        List<String> consultants,
        @DefaultValue("0.5") double publicShare) {
}
