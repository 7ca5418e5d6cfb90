package jp.madoguchi.scheduling.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.TimeOfDay;

class EarliestSlotPolicyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ServiceCalendar HOURS = new WeekdayServiceHours(TOKYO, LocalTime.of(9, 30),
            LocalTime.of(15, 30), Duration.ofMinutes(60));
    private static final DutyRoster TWO_ON_DUTY = new EveryOpenHourRoster(List.of("consultant-01", "consultant-02"));
    private static final SlotPolicy POLICY = new EarliestSlotPolicy(HOURS, TWO_ON_DUTY, Duration.ofHours(2), 14);

    // 2026-11-27 is a Friday; 2026-11-30 a Monday.

    @Test
    void fridayAfternoonGoesToMondayMorning() {
        SlotOffer first = firstOffer(POLICY, request(), at("2026-11-27T14:00"), Bookings.of(List.of()));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-11-30T09:30"));
        assertThat(first.slot().endsAt()).isEqualTo(tokyo("2026-11-30T10:30"));
        assertThat(first.consultantId()).isEqualTo("consultant-01");
    }

    @Test
    void saturdayGoesToMonday() {
        SlotOffer first = firstOffer(POLICY, request(), at("2026-11-28T10:00"), Bookings.of(List.of()));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-11-30T09:30"));
    }

    @Test
    void threePmOnAWeekdayGoesToTheNextDay() {
        SlotOffer first = firstOffer(POLICY, request(), at("2026-11-25T15:00"), Bookings.of(List.of()));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-11-26T09:30"));
    }

    @Test
    void aSlotStartsAtLeastTwoHoursAfterTheRequestIsHandled() {
        assertThat(firstOffer(POLICY, request(), at("2026-11-25T07:30"), Bookings.of(List.of())).slot().startsAt())
                .isEqualTo(tokyo("2026-11-25T09:30"));
        assertThat(firstOffer(POLICY, request(), at("2026-11-25T07:31"), Bookings.of(List.of())).slot().startsAt())
                .isEqualTo(tokyo("2026-11-25T10:30"));
        assertThat(firstOffer(POLICY, request(), at("2026-11-25T12:30"), Bookings.of(List.of())).slot().startsAt())
                .isEqualTo(tokyo("2026-11-25T14:30"));
    }

    @Test
    void preferredDaysComeFirst() {
        SlotOffer first = firstOffer(POLICY, request(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), at("2026-11-30T08:00"),
                Bookings.of(List.of()));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-12-02T09:30"));
    }

    @Test
    void anyWeekdayWhenThePreferredDaysAreFull() {
        List<Bookings.Taken> wednesdayFull = HOURS.slotsOn(tokyo("2026-12-02T00:00").atZone(TOKYO).toLocalDate()).stream()
                .flatMap(slot -> TWO_ON_DUTY.consultantsOnDuty(slot).stream()
                        .map(consultant -> new Bookings.Taken(consultant, slot.startsAt())))
                .toList();
        SlotPolicy oneWeek = new EarliestSlotPolicy(HOURS, TWO_ON_DUTY, Duration.ofHours(2), 7);

        SlotOffer first = firstOffer(oneWeek, request(DayOfWeek.WEDNESDAY), at("2026-11-30T08:00"),
                Bookings.of(wednesdayFull));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-11-30T10:30"));
    }

    @Test
    void aPreferredDayBeyondTheHorizonFallsBackToAnyWeekday() {
        SlotPolicy threeDays = new EarliestSlotPolicy(HOURS, TWO_ON_DUTY, Duration.ofHours(2), 3);

        SlotOffer first = firstOffer(threeDays, request(DayOfWeek.FRIDAY), at("2026-11-30T08:00"),
                Bookings.of(List.of()));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-11-30T10:30"));
    }

    @Test
    void aFullSlotMovesTheRequestToTheNextSlot() {
        Instant monday0930 = tokyo("2026-11-30T09:30");
        Bookings full = Bookings.of(List.of(new Bookings.Taken("consultant-01", monday0930),
                new Bookings.Taken("consultant-02", monday0930)));

        SlotOffer first = firstOffer(POLICY, request(), at("2026-11-28T10:00"), full);

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-11-30T10:30"));
    }

    @Test
    void theOtherConsultantTakesAHalfFullSlot() {
        Instant monday0930 = tokyo("2026-11-30T09:30");
        Bookings half = Bookings.of(List.of(new Bookings.Taken("consultant-01", monday0930)));

        SlotOffer first = firstOffer(POLICY, request(), at("2026-11-28T10:00"), half);

        assertThat(first.slot().startsAt()).isEqualTo(monday0930);
        assertThat(first.consultantId()).isEqualTo("consultant-02");
    }

    @Test
    void theLeastLoadedConsultantComesFirst() {
        Bookings busyFirst = Bookings.of(List.of(new Bookings.Taken("consultant-01", tokyo("2026-12-01T09:30")),
                new Bookings.Taken("consultant-01", tokyo("2026-12-01T10:30"))));

        List<SlotOffer> offers = POLICY.offers(request(), at("2026-11-28T10:00").instant(), busyFirst);

        assertThat(offers.get(0)).isEqualTo(new SlotOffer(slot("2026-11-30T09:30"), "consultant-02"));
        assertThat(offers.get(1)).isEqualTo(new SlotOffer(slot("2026-11-30T09:30"), "consultant-01"));
    }

    @Test
    void offersNeverFallOnAWeekendNorOutsideServiceHours() {
        List<SlotOffer> offers = POLICY.offers(request(), at("2026-11-27T06:00").instant(), Bookings.of(List.of()));

        assertThat(offers).isNotEmpty().allSatisfy(offer -> {
            LocalDateTime start = LocalDateTime.ofInstant(offer.slot().startsAt(), TOKYO);
            assertThat(start.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(start.toLocalTime()).isBetween(LocalTime.of(9, 30), LocalTime.of(14, 30));
            assertThat(Duration.between(offer.slot().startsAt(), offer.slot().endsAt())).isEqualTo(Duration.ofHours(1));
        });
        // All of Friday (06:00 + 2 h is before opening) and Monday 11-30 to Thursday 12-10: 10 days x 6 slots x 2.
        assertThat(offers).hasSize(10 * 6 * 2);
    }

    @Test
    void nothingWithinTheHorizonMeansNoOffer() {
        SlotPolicy oneDay = new EarliestSlotPolicy(HOURS, TWO_ON_DUTY, Duration.ofHours(2), 1);

        assertThat(oneDay.offers(request(), at("2026-11-28T10:00").instant(), Bookings.of(List.of()))).isEmpty();
    }

    @Test
    void aMorningRequestGetsOnlySlotsStartingBeforeNoon() {
        List<SlotOffer> offers = POLICY.offers(request(TimeOfDay.MORNING), at("2026-11-30T06:00").instant(),
                Bookings.of(List.of()));

        assertThat(offers).extracting(offer -> LocalDateTime.ofInstant(offer.slot().startsAt(), TOKYO).toLocalTime())
                .containsOnly(LocalTime.of(9, 30), LocalTime.of(10, 30), LocalTime.of(11, 30));
        // Monday 11-30 to Friday 12-11: 10 open days x 3 morning slots x 2 consultants.
        assertThat(offers).hasSize(10 * 3 * 2);
    }

    @Test
    void anAfternoonRequestGetsOnlySlotsStartingFromNoon() {
        List<SlotOffer> offers = POLICY.offers(request(TimeOfDay.AFTERNOON), at("2026-11-30T06:00").instant(),
                Bookings.of(List.of()));

        assertThat(offers).extracting(offer -> LocalDateTime.ofInstant(offer.slot().startsAt(), TOKYO).toLocalTime())
                .containsOnly(LocalTime.of(12, 30), LocalTime.of(13, 30), LocalTime.of(14, 30));
        assertThat(offers.get(0).slot().startsAt()).isEqualTo(tokyo("2026-11-30T12:30"));
    }

    @Test
    void anyTimeOfDayTakesEverySlot() {
        assertThat(POLICY.offers(request(TimeOfDay.ANY), at("2026-11-30T06:00").instant(), Bookings.of(List.of())))
                .hasSize(10 * 6 * 2);
    }

    @Test
    void aMorningRequestAfterTheLastMorningSlotGoesToTheNextMorningNotTheAfternoon() {
        SlotOffer first = firstOffer(POLICY, request(TimeOfDay.MORNING), at("2026-11-30T10:00"),
                Bookings.of(List.of()));

        assertThat(first.slot().startsAt()).isEqualTo(tokyo("2026-12-01T09:30"));
    }

    @Test
    void fullMorningsMeanNoOfferForAMorningRequestThoughAfternoonsAreFree() {
        SlotPolicy oneDay = new EarliestSlotPolicy(HOURS, TWO_ON_DUTY, Duration.ofHours(2), 1);
        List<Bookings.Taken> morningFull = HOURS.slotsOn(java.time.LocalDate.of(2026, 11, 30)).stream()
                .filter(slot -> TimeOfDayRule.fits(TimeOfDay.MORNING, slot, TOKYO))
                .flatMap(slot -> TWO_ON_DUTY.consultantsOnDuty(slot).stream()
                        .map(consultant -> new Bookings.Taken(consultant, slot.startsAt())))
                .toList();

        assertThat(oneDay.offers(request(TimeOfDay.MORNING), at("2026-11-30T06:00").instant(),
                Bookings.of(morningFull))).isEmpty();
        assertThat(oneDay.offers(request(TimeOfDay.ANY), at("2026-11-30T06:00").instant(),
                Bookings.of(morningFull))).isNotEmpty();
    }

    private static SlotOffer firstOffer(SlotPolicy policy, BookingRequest request, Clock clock, Bookings bookings) {
        List<SlotOffer> offers = policy.offers(request, clock.instant(), bookings);
        assertThat(offers).isNotEmpty();
        return offers.get(0);
    }

    private static BookingRequest request(DayOfWeek... preferredDays) {
        return new BookingRequest(UUID.randomUUID(), "chiba", "ichinomiya", ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(preferredDays), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF);
    }

    private static BookingRequest request(TimeOfDay timeOfDay) {
        return new BookingRequest(UUID.randomUUID(), "chiba", "ichinomiya", ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF, timeOfDay);
    }

    private static Clock at(String tokyoLocalDateTime) {
        return Clock.fixed(tokyo(tokyoLocalDateTime), TOKYO);
    }

    private static Instant tokyo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
    }

    private static Slot slot(String tokyoStart) {
        Instant start = tokyo(tokyoStart);
        return new Slot(start, start.plus(Duration.ofHours(1)));
    }
}
