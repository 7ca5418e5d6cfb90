package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.platform.outbox.OutboxEntry;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The owner's request arrives with a W3C traceparent; consultation.requested leaves in the same trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class TracePropagationIntegrationTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void requestedEventCarriesTheTraceOfThePostAndItsLogLineShowsIt(CapturedOutput output) throws Exception {
        String traceId = hex(16);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/consultation-requests"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.valid())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        String consultationId = json.readTree(response.body()).get("consultationId").asString();

        ConsumerRecord<String, byte[]> record = awaitRecord(consultationId);
        String traceparent = PlatformKafka.header(record, "traceparent");
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(traceparent.split("-")[1]).isEqualTo(traceId);

        String received = output.getOut().lines()
                .filter(line -> line.contains("Consultation request " + consultationId + " received"))
                .findFirst().orElseThrow();
        // ECS field names, written as dotted keys (Elasticsearch reads them as trace.id / span.id).
        assertThat(json.readTree(received).path("trace.id").asString()).isEqualTo(traceId);
        assertThat(json.readTree(received).path("span.id").asString()).matches("[0-9a-f]{16}");
    }

    @Test
    void entryWrittenBeforeTracingStillGoesOutWithoutTraceparent() {
        String consultationId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ObjectNode payload = (ObjectNode) json.readTree(GoldenSamples.json(EventType.CONSULTATION_REQUESTED_V1));
        payload.put("consultationId", consultationId).put("eventId", eventId);
        Document oldEntry = new Document("eventId", eventId)
                .append("type", EventType.CONSULTATION_REQUESTED_V1.typeName())
                .append("topic", Topic.INTAKE_EVENTS.topicName())
                .append("key", consultationId)
                .append("occurredAt", new Date())
                .append("payload", json.writeValueAsString(payload));
        mongo.getCollection("consultationRequests")
                .insertOne(new Document("_id", consultationId).append(OutboxEntry.FIELD, List.of(oldEntry)));

        ConsumerRecord<String, byte[]> record = awaitRecord(consultationId);
        assertThat(PlatformKafka.header(record, CloudEventHeaders.ID)).isEqualTo(eventId);
        assertThat(record.headers().lastHeader("traceparent")).isNull();
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String key) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), key), found -> !found.isEmpty())
                .get(0);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
