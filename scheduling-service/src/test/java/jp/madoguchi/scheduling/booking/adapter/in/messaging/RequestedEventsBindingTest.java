package jp.madoguchi.scheduling.booking.adapter.in.messaging;

import static jp.madoguchi.scheduling.support.Platform.golden;
import static jp.madoguchi.scheduling.support.Platform.header;
import static jp.madoguchi.scheduling.support.Platform.ofType;
import static jp.madoguchi.scheduling.support.Platform.records;
import static jp.madoguchi.scheduling.support.Platform.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CancellationReason;
import jp.madoguchi.events.CancelledBy;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.scheduling.booking.application.FindAppointments;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.AppointmentStatus;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;

@SchedulingServiceTest
class RequestedEventsBindingTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final String INTAKE = Topic.INTAKE_EVENTS.topicName();
    private static final String SCHEDULING = Topic.SCHEDULING_EVENTS.topicName();
    private static final String REQUESTED = EventType.CONSULTATION_REQUESTED_V1.typeName();

    @Autowired
    TestClock clock;
    @Autowired
    FindAppointments appointments;
    @Autowired
    EventJson json;
    @Autowired
    MeterRegistry meters;

    @Test
    void aRequestIsScheduledAndAnnouncedWithCloudEventsHeaders() throws Exception {
        // Friday 14:00 in Tokyo: the golden request prefers Monday and Wednesday.
        LocalDate monday = clock.startFreshWeek(DayOfWeek.FRIDAY, LocalTime.of(14, 0)).plusWeeks(1);
        UUID consultationId = UUID.randomUUID();
        Counter published = meters.counter("madoguchi.outbox.published", "type",
                EventType.CONSULTATION_SCHEDULED_V1.typeName());
        double publishedBefore = published.count();

        send(INTAKE, consultationId, REQUESTED, bytes(golden(EventType.CONSULTATION_REQUESTED_V1, consultationId)));

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_SCHEDULED_V1),
                        found -> !found.isEmpty())
                .get(0);
        ConsultationScheduled scheduled = json.read(record.value(), ConsultationScheduled.class);
        assertThat(record.key()).isEqualTo(consultationId.toString());
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(scheduled.eventId().toString());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/madoguchi/scheduling-service");
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(header(record, "__TypeId__")).isNull();
        assertThat(scheduled.consultationId()).isEqualTo(consultationId);
        assertThat(scheduled.federationId()).isEqualTo("chiba");
        assertThat(scheduled.consultantId()).isEqualTo("consultant-01");
        assertThat(scheduled.startsAt()).isEqualTo(monday.atTime(9, 30).atZone(TOKYO).toInstant());
        assertThat(scheduled.endsAt()).isEqualTo(monday.atTime(10, 30).atZone(TOKYO).toInstant());
        assertThat(scheduled.mode()).isEqualTo(ConsultationMode.PHONE);
        assertThat(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING)).singleElement()
                .satisfies(a -> assertThat(a.appointmentId()).isEqualTo(scheduled.appointmentId()));
        assertThat(published.count()).isGreaterThan(publishedBefore);
        assertThat(meters.get("madoguchi.scheduling.booking.duration").tag("outcome", "booked").timer().count())
                .isPositive();
    }

    @Test
    void aRedeliveredRequestIsBookedOnce() throws Exception {
        clock.startFreshWeek(DayOfWeek.TUESDAY, LocalTime.of(8, 0));
        UUID consultationId = UUID.randomUUID();
        byte[] request = bytes(golden(EventType.CONSULTATION_REQUESTED_V1, consultationId));
        Counter duplicates = meters.counter("madoguchi.events.consumed", "type", REQUESTED, "outcome", "duplicate");
        double duplicatesBefore = duplicates.count();

        send(INTAKE, consultationId, REQUESTED, request);
        send(INTAKE, consultationId, REQUESTED, request);

        await().atMost(Duration.ofSeconds(20)).until(() -> duplicates.count() >= duplicatesBefore + 1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_SCHEDULED_V1),
                        found -> !found.isEmpty());
        assertThat(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING)).hasSize(1);
        assertThat(ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_SCHEDULED_V1)).hasSize(1);
    }

    @Test
    void poisonBytesGoStraightToTheDeadLetterTopic() throws Exception {
        UUID key = UUID.randomUUID();
        Counter poison = meters.counter("madoguchi.events.consumed", "type", REQUESTED, "outcome", "poison");
        double poisonBefore = poison.count();

        send(INTAKE, key, REQUESTED, "{not json at all".getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, byte[]>> dead = await().atMost(Duration.ofSeconds(20))
                .until(() -> records(ConsumerGroup.SCHEDULING_SERVICE.deadLetterTopic(), key), found -> !found.isEmpty());
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json at all");
        // Not retryable: handled exactly once before it was dead-lettered.
        assertThat(poison.count()).isEqualTo(poisonBefore + 1);
        assertThat(appointments.ofConsultation(key, AppointmentScope.EVERYTHING)).isEmpty();
    }

    @Test
    void anEventOfAnUnknownTypeIsSkipped() throws Exception {
        UUID key = UUID.randomUUID();
        Counter skipped = meters.counter("madoguchi.events.skipped", "type", "jp.madoguchi.requester.erased.v2");
        double before = skipped.count();

        send(INTAKE, key, "jp.madoguchi.requester.erased.v2", bytes("{\"requesterId\":\"x\"}"));

        await().atMost(Duration.ofSeconds(20)).until(() -> skipped.count() >= before + 1);
        assertThat(records(ConsumerGroup.SCHEDULING_SERVICE.deadLetterTopic(), key)).isEmpty();
    }

    /** Intake announces erasures; scheduling keeps nothing personal, so it reads them and changes nothing. */
    @Test
    void anErasureIsReadAndSkipped() throws Exception {
        UUID consultationId = UUID.randomUUID();
        Counter skipped = meters.counter("madoguchi.events.consumed", "type",
                EventType.REQUESTER_ERASED_V1.typeName(), "outcome", "skipped");
        double before = skipped.count();

        send(INTAKE, consultationId, EventType.REQUESTER_ERASED_V1.typeName(),
                bytes(golden(EventType.REQUESTER_ERASED_V1, consultationId)));

        await().atMost(Duration.ofSeconds(20)).until(() -> skipped.count() >= before + 1);
        assertThat(records(ConsumerGroup.SCHEDULING_SERVICE.deadLetterTopic(), consultationId)).isEmpty();
        assertThat(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING)).isEmpty();
    }

    @Test
    void aWithdrawnRequestCancelsItsAppointment() throws Exception {
        clock.startFreshWeek(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0));
        UUID consultationId = UUID.randomUUID();
        send(INTAKE, consultationId, REQUESTED, bytes(golden(EventType.CONSULTATION_REQUESTED_V1, consultationId)));
        await().atMost(Duration.ofSeconds(20)).until(() -> !appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING).isEmpty());

        byte[] withdrawn = bytes(golden(EventType.CONSULTATION_WITHDRAWN_V1, consultationId));
        send(INTAKE, consultationId, EventType.CONSULTATION_WITHDRAWN_V1.typeName(), withdrawn);
        send(INTAKE, consultationId, EventType.CONSULTATION_WITHDRAWN_V1.typeName(), withdrawn);

        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_CANCELLED_V1),
                        found -> !found.isEmpty())
                .get(0);
        ConsultationCancelled cancelled = json.read(record.value(), ConsultationCancelled.class);
        assertThat(cancelled.appointmentId()).isEqualTo(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING).get(0).appointmentId());
        assertThat(cancelled.cancelledBy()).isEqualTo(CancelledBy.OWNER);
        assertThat(cancelled.reason()).isEqualTo(CancellationReason.OWNER_REQUEST);
        assertThat(appointments.ofConsultation(consultationId, AppointmentScope.EVERYTHING)).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED));
        await().atMost(Duration.ofSeconds(20)).until(() -> meters.counter("madoguchi.events.consumed", "type",
                EventType.CONSULTATION_WITHDRAWN_V1.typeName(), "outcome", "duplicate").count() >= 1);
        assertThat(ofType(records(SCHEDULING, consultationId), EventType.CONSULTATION_CANCELLED_V1)).hasSize(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
