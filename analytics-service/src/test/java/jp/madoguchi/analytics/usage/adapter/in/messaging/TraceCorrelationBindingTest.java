package jp.madoguchi.analytics.usage.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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

/** A record's W3C traceparent is the trace of the lines logged while counting it. */
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class TraceCorrelationBindingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCountingLogLineCarriesTheRecordsTraceId(CapturedOutput output) {
        String consultationId = UUID.randomUUID().toString();
        String traceId = hex(16);
        ObjectNode golden = (ObjectNode) JSON.readTree(GoldenSamples.json(EventType.CONSULTATION_REQUESTED_V1));
        golden.put("eventId", UUID.randomUUID().toString()).put("consultationId", consultationId);
        String body = JSON.writeValueAsString(golden);
        ConsultationEvent event = JSON.readValue(body, EventType.CONSULTATION_REQUESTED_V1.recordType());
        Map<String, String> headers = new HashMap<>(CloudEventHeaders.of(event, "/madoguchi/intake-service"));
        headers.put("traceparent", "00-" + traceId + "-" + hex(8) + "-01");

        PlatformKafka.send(Topic.INTAKE_EVENTS.topicName(), consultationId, headers, body);

        String counted = await().atMost(Duration.ofSeconds(30)).until(() -> output.getOut().lines()
                .filter(line -> line.contains("of consultation " + consultationId)).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertThat(JSON.readTree(counted).path("trace.id").asString()).isEqualTo(traceId);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
