package jp.madoguchi.scheduling.booking.adapter.in.messaging;

import static jp.madoguchi.scheduling.support.Platform.golden;
import static jp.madoguchi.scheduling.support.Platform.header;
import static jp.madoguchi.scheduling.support.Platform.ofType;
import static jp.madoguchi.scheduling.support.Platform.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.json.JsonMapper;

/** consultation.requested arrives with a W3C traceparent; consultation.scheduled leaves in the same trace. */
@SchedulingServiceTest
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationBindingTest {

    private static final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    TestClock clock;

    @Test
    void scheduledEventContinuesTheTraceOfTheRequestAndTheBookingLogLineShowsIt(CapturedOutput output) {
        clock.startFreshWeek(DayOfWeek.THURSDAY, LocalTime.of(8, 0));
        UUID consultationId = UUID.randomUUID();
        String traceId = hex(16);
        String incomingSpanId = hex(8);

        PlatformKafka.send(Topic.INTAKE_EVENTS.topicName(), consultationId.toString(), Map.of(
                CloudEventHeaders.TYPE, EventType.CONSULTATION_REQUESTED_V1.typeName(),
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/madoguchi/intake-service",
                CloudEventHeaders.SPEC_VERSION, "1.0",
                "traceparent", "00-" + traceId + "-" + incomingSpanId + "-01"),
                golden(EventType.CONSULTATION_REQUESTED_V1, consultationId));

        ConsumerRecord<String, byte[]> scheduled = await().atMost(Duration.ofSeconds(20))
                .until(() -> ofType(records(Topic.SCHEDULING_EVENTS.topicName(), consultationId),
                        EventType.CONSULTATION_SCHEDULED_V1), found -> !found.isEmpty())
                .get(0);
        String traceparent = header(scheduled, "traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent.split("-")[1]).isEqualTo(traceId);
        // A span of scheduling's own (the record's handling), child of intake's.
        assertThat(traceparent.split("-")[2]).isNotEqualTo(incomingSpanId);

        String booked = output.getOut().lines()
                .filter(line -> line.contains("Booked consultation " + consultationId))
                .findFirst().orElseThrow();
        assertThat(json.readTree(booked).path("trace.id").asString()).isEqualTo(traceId);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
