package jp.madoguchi.notification.delivery.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** consultation.scheduled arrives with a W3C traceparent; notification.delivered leaves in the same trace. */
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationBindingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void deliveredEventContinuesTheTraceOfTheScheduledEventAndTheLogLineShowsIt(CapturedOutput output) {
        String consultationId = UUID.randomUUID().toString();
        String traceId = hex(16);
        ObjectNode golden = (ObjectNode) JSON.readTree(GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1));
        golden.put("eventId", UUID.randomUUID().toString())
                .put("consultationId", consultationId)
                .put("appointmentId", UUID.randomUUID().toString());
        String body = JSON.writeValueAsString(golden);
        ConsultationEvent event = JSON.readValue(body, EventType.CONSULTATION_SCHEDULED_V1.recordType());
        Map<String, String> headers = new HashMap<>(CloudEventHeaders.of(event, "/madoguchi/scheduling-service"));
        headers.put("traceparent", "00-" + traceId + "-" + hex(8) + "-01");

        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId, headers, body);

        ConsumerRecord<String, byte[]> delivered = await().atMost(Duration.ofSeconds(30))
                .until(() -> PlatformKafka.recordsWithKey(Topic.NOTIFICATION_EVENTS.topicName(), consultationId),
                        found -> !found.isEmpty())
                .get(0);
        String traceparent = PlatformKafka.header(delivered, "traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent.split("-")[1]).isEqualTo(traceId);

        String recorded = output.getOut().lines()
                .filter(line -> line.contains("Recorded CONFIRMATION notice") && line.contains(consultationId))
                .findFirst().orElseThrow();
        assertThat(JSON.readTree(recorded).path("trace.id").asString()).isEqualTo(traceId);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
