package jp.madoguchi.scheduling.booking.adapter.in.messaging;

import static jp.madoguchi.scheduling.support.Platform.golden;
import static jp.madoguchi.scheduling.support.Platform.ofType;
import static jp.madoguchi.scheduling.support.Platform.records;
import static jp.madoguchi.scheduling.support.Platform.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.ConsultationDateChangeDeclined;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.DateChangeDeclineReason;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.scheduling.booking.application.FindAppointments;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;

/**
 * The owner's request for another date through the real binder: requested → scheduled, then
 * {@code date-change-requested} (the golden sample: Tuesday or Thursday afternoon, web meeting) → rescheduled.
 */
@SchedulingServiceTest
class DateChangeBindingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String INTAKE = Topic.INTAKE_EVENTS.topicName();
    private static final String SCHEDULING = Topic.SCHEDULING_EVENTS.topicName();
    private static final String REQUESTED = EventType.CONSULTATION_REQUESTED_V1.typeName();
    private static final String DATE_CHANGE = EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1.typeName();

    @Autowired
    TestClock clock;
    @Autowired
    FindAppointments appointments;
    @Autowired
    EventJson json;
    @Autowired
    MeterRegistry meters;

    @Test
    void theAppointmentMovesToTheNewWeekdaysAndTimeOfDayOnceAndItsOldSlotIsFree() throws Exception {
        // Friday 14:00: the golden request (Monday or Wednesday morning) gets Monday 09:30.
        LocalDate monday = clock.startFreshWeek(DayOfWeek.FRIDAY, LocalTime.of(14, 0)).plusWeeks(1);
        UUID consultationId = UUID.randomUUID();
        ConsultationScheduled scheduled = scheduled(consultationId);
        assertThat(scheduled.startsAt()).isEqualTo(monday.atTime(9, 30).atZone(TOKYO).toInstant());
        Counter duplicates = meters.counter("madoguchi.scheduling.date-changes", "outcome", "duplicate");
        double duplicatesBefore = duplicates.count();
        byte[] dateChange = bytes(golden(EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1, consultationId));

        send(INTAKE, consultationId, DATE_CHANGE, dateChange);
        send(INTAKE, consultationId, DATE_CHANGE, dateChange);

        ConsultationRescheduled rescheduled = json.read(await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_RESCHEDULED_V1),
                        found -> !found.isEmpty()).get(0).value(), ConsultationRescheduled.class);
        LocalDateTime newStart = LocalDateTime.ofInstant(rescheduled.startsAt(), TOKYO);
        assertThat(newStart.getDayOfWeek()).isIn(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(newStart.toLocalTime()).isAfterOrEqualTo(LocalTime.NOON);
        assertThat(newStart).isEqualTo(monday.plusDays(1).atTime(12, 30));
        assertThat(rescheduled.previousStartsAt()).isEqualTo(scheduled.startsAt());
        assertThat(rescheduled.appointmentId()).isEqualTo(scheduled.appointmentId());
        assertThat(rescheduled.mode()).isEqualTo(ConsultationMode.WEB_MEETING);
        assertThat(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING)).singleElement()
                .satisfies(a -> assertThat(a.slot().startsAt()).isEqualTo(rescheduled.startsAt()));

        await().atMost(Duration.ofSeconds(20)).until(() -> duplicates.count() >= duplicatesBefore + 1);
        assertThat(ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_RESCHEDULED_V1)).hasSize(1);

        // Both consultants' Monday 09:30 is free again: two new morning requests both get it.
        UUID next = UUID.randomUUID();
        UUID afterNext = UUID.randomUUID();
        assertThat(List.of(scheduled(next).startsAt(), scheduled(afterNext).startsAt()))
                .containsOnly(scheduled.startsAt());
    }

    @Test
    void whenNothingElseFitsTheAppointmentIsKeptAndTheChangeDeclined() throws Exception {
        clock.startFreshWeek(DayOfWeek.FRIDAY, LocalTime.of(14, 0));
        UUID consultationId = UUID.randomUUID();
        ConsultationScheduled scheduled = scheduled(consultationId);
        // No service day is a Saturday: nothing else can fit.
        String saturdays = golden(EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1, consultationId)
                .replace("[\"TUESDAY\", \"THURSDAY\"]", "[\"SATURDAY\"]");

        send(INTAKE, consultationId, DATE_CHANGE, bytes(saturdays));

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(SCHEDULING, consultationId),
                        EventType.CONSULTATION_DATE_CHANGE_DECLINED_V1), found -> !found.isEmpty()).get(0);
        ConsultationDateChangeDeclined declined = json.read(record.value(), ConsultationDateChangeDeclined.class);
        assertThat(declined.reason()).isEqualTo(DateChangeDeclineReason.NO_SLOT_FITS);
        assertThat(record.key()).isEqualTo(consultationId.toString());
        assertThat(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING)).singleElement()
                .satisfies(kept -> {
                    assertThat(kept.isBooked()).isTrue();
                    assertThat(kept.slot().startsAt()).isEqualTo(scheduled.startsAt());
                    assertThat(kept.mode()).isEqualTo(ConsultationMode.PHONE);
                });
        assertThat(ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_RESCHEDULED_V1)).isEmpty();
    }

    @Test
    void aDateChangeForAConsultationSchedulingNeverSawIsSkipped() throws Exception {
        UUID unknown = UUID.randomUUID();
        Counter skipped = meters.counter("madoguchi.scheduling.date-changes", "outcome", "skipped");
        double skippedBefore = skipped.count();

        send(INTAKE, unknown, DATE_CHANGE, bytes(golden(EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1, unknown)));

        await().atMost(Duration.ofSeconds(20)).until(() -> skipped.count() >= skippedBefore + 1);
        assertThat(meters.counter("madoguchi.events.consumed", "type", DATE_CHANGE, "outcome", "skipped").count())
                .isPositive();
        assertThat(records(SCHEDULING, unknown)).isEmpty();
        assertThat(appointments.ofConsultation(unknown, AppointmentScope.EVERYTHING)).isEmpty();
    }

    private ConsultationScheduled scheduled(UUID consultationId) throws Exception {
        send(INTAKE, consultationId, REQUESTED, bytes(golden(EventType.CONSULTATION_REQUESTED_V1, consultationId)));
        List<Appointment> booked = await().atMost(Duration.ofSeconds(20))
                .until(() -> appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING),
                        found -> !found.isEmpty());
        assertThat(booked).hasSize(1);
        return json.read(await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_SCHEDULED_V1),
                        found -> !found.isEmpty()).get(0).value(), ConsultationScheduled.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
