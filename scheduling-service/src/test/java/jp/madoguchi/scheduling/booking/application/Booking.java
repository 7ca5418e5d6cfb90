package jp.madoguchi.scheduling.booking.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.EarliestSlotPolicy;
import jp.madoguchi.scheduling.booking.domain.EveryOpenHourRoster;
import jp.madoguchi.scheduling.booking.domain.PublicShare;
import jp.madoguchi.scheduling.booking.domain.SlotPolicy;
import jp.madoguchi.scheduling.booking.domain.WeekdayServiceHours;

/**
 * The booking rules as {@code madoguchi.scheduling.*} configures them in scheduling-service.yml: 09:30–15:30 Tokyo
 * on weekdays, one-hour slots, two hours' lead time, a 14-day horizon, two consultants on duty.
 */
final class Booking {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final WeekdayServiceHours HOURS =
            new WeekdayServiceHours(TOKYO, LocalTime.of(9, 30), LocalTime.of(15, 30), Duration.ofMinutes(60));
    static final EveryOpenHourRoster ROSTER = new EveryOpenHourRoster(List.of("consultant-01", "consultant-02"));
    static final SlotPolicy POLICY = new EarliestSlotPolicy(HOURS, ROSTER, Duration.ofHours(2), 14);
    /** Half of each day for the public web form: 6 slots × 2 consultants → 6 public seats a day. */
    static final PublicShare PUBLIC_SHARE = new PublicShare(0.5, HOURS, ROSTER);

    private Booking() {
    }

    static BookingRequest request(String chamberId) {
        return request(chamberId, RequestOrigin.FEDERATION_STAFF);
    }

    static BookingRequest request(String chamberId, RequestOrigin origin) {
        return new BookingRequest(UUID.randomUUID(), "chiba", chamberId, ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), origin);
    }

    /** A local time in Tokyo, e.g. {@code tokyo("2026-11-30T09:30")}. */
    static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }
}
