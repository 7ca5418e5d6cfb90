package jp.madoguchi.scheduling.booking.application;

import static jp.madoguchi.scheduling.support.Platform.ofType;
import static jp.madoguchi.scheduling.support.Platform.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;

/** Bookers racing for the same slots, as several threads or service instances would, on the real store. */
@SchedulingServiceTest
class BookingConcurrencyIntegrationTest {

    @Autowired
    BookConsultation book;
    @Autowired
    FindAppointments find;
    @Autowired
    TestClock clock;

    @Test
    void concurrentRequestsNeverShareAConsultantSlotAndEachConsultationGetsOneAppointment() throws Exception {
        LocalDate monday = clock.startFreshWeek(DayOfWeek.MONDAY, LocalTime.of(7, 0));
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(request());
        }
        // Every request twice, shuffled: redelivery racing the first delivery.
        List<Callable<BookingOutcome>> calls = new ArrayList<>();
        requests.forEach(r -> {
            calls.add(() -> book.book(r));
            calls.add(() -> book.book(r));
        });
        Collections.shuffle(calls);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<BookingOutcome> outcomes = new ArrayList<>();
        try {
            for (Future<BookingOutcome> f : pool.invokeAll(calls)) {
                outcomes.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes.stream().filter(o -> o == BookingOutcome.BOOKED)).hasSize(40);
        assertThat(outcomes.stream().filter(o -> o == BookingOutcome.DUPLICATE)).hasSize(40);
        List<Appointment> booked = requests.stream()
                .map(r -> find.ofConsultation(r.consultationId(), AppointmentScope.EVERYTHING))
                .peek(found -> assertThat(found).hasSize(1))
                .map(found -> found.get(0))
                .toList();
        assertThat(booked.stream().map(a -> a.consultantId() + "@" + a.slot().startsAt()).distinct()).hasSize(40);
        // No gaps either: 40 appointments fill the first 20 slots of the week, both consultants in each.
        Map<Instant, Long> perSlot = booked.stream()
                .collect(Collectors.groupingBy(a -> a.slot().startsAt(), Collectors.counting()));
        assertThat(perSlot).hasSize(20).allSatisfy((start, count) -> assertThat(count).isEqualTo(2));
        assertThat(perSlot.keySet().stream().min(Instant::compareTo)).contains(
                monday.atTime(9, 30).atZone(clock.getZone()).toInstant());
        assertThat(find.onDate(monday, AppointmentScope.EVERYTHING)).hasSize(12);
        // And every booking announced exactly once.
        BookingRequest sample = requests.get(0);
        await().atMost(Duration.ofSeconds(20)).until(() -> ofType(records(Topic.SCHEDULING_EVENTS.topicName(),
                sample.consultationId()), EventType.CONSULTATION_SCHEDULED_V1), found -> found.size() == 1);
    }

    @Test
    void aRequestThatFindsNoSlotInTheHorizonIsWaitlistedAndAnnounced() {
        // Friday 17:00: the horizon (14 days, today included) holds Monday to Friday and Monday to Thursday.
        clock.startFreshWeek(DayOfWeek.FRIDAY, LocalTime.of(17, 0));
        List<BookingOutcome> fill = new ArrayList<>();
        for (int i = 0; i < 9 * 6 * 2; i++) {
            fill.add(book.book(request()));
        }
        assertThat(fill).containsOnly(BookingOutcome.BOOKED);

        BookingRequest late = request();
        assertThat(book.book(late)).isEqualTo(BookingOutcome.WAITLISTED);
        assertThat(book.book(late)).isEqualTo(BookingOutcome.DUPLICATE);

        assertThat(find.ofConsultation(late.consultationId(), AppointmentScope.EVERYTHING)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> ofType(records(Topic.SCHEDULING_EVENTS.topicName(),
                late.consultationId()), EventType.CONSULTATION_WAITLISTED_V1), found -> found.size() == 1);
    }

    private static BookingRequest request() {
        return new BookingRequest(UUID.randomUUID(), "chiba", "ichinomiya", ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF);
    }
}
