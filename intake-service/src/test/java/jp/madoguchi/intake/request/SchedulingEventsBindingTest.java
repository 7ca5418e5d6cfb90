package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Scheduling's events, as golden samples, through the real binding on the embedded broker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class SchedulingEventsBindingTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void scheduledShowsTheAppointmentInTokyoTimeAndIsAppliedOnceWhenRedelivered() throws Exception {
        String consultationId = submitRequest();
        String eventId = UUID.randomUUID().toString();
        double duplicatesBefore = consumed(EventType.CONSULTATION_SCHEDULED_V1, "duplicate");

        publish(EventType.CONSULTATION_SCHEDULED_V1, consultationId, eventId, Map.of());

        JsonNode view = awaitStatus(consultationId, "SCHEDULED");
        JsonNode appointment = view.get("appointment");
        assertThat(appointment.get("appointmentId").asString()).isEqualTo("5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d01");
        assertThat(appointment.get("startsAt").asString()).isEqualTo("2026-11-30T00:30:00Z");
        assertThat(appointment.get("endsAt").asString()).isEqualTo("2026-11-30T01:30:00Z");
        assertThat(appointment.get("localDate").asString()).isEqualTo("2026-11-30");
        assertThat(appointment.get("localStartTime").asString()).isEqualTo("09:30");
        assertThat(appointment.get("localEndTime").asString()).isEqualTo("10:30");
        assertThat(appointment.get("mode").asString()).isEqualTo("PHONE");

        publish(EventType.CONSULTATION_SCHEDULED_V1, consultationId, eventId, Map.of());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> consumed(EventType.CONSULTATION_SCHEDULED_V1, "duplicate") > duplicatesBefore);
        Document stored = mongo.getCollection("consultationRequests").find(Filters.eq("_id", consultationId)).first();
        assertThat(stored.getList("appliedEventIds", String.class)).containsExactly(eventId);
        assertThat(stored.getString("status")).isEqualTo("SCHEDULED");
    }

    @Test
    void anOlderEventArrivingLateDoesNotOverwriteANewerStatus() throws Exception {
        String consultationId = submitRequest();
        publish(EventType.CONSULTATION_CANCELLED_V1, consultationId, UUID.randomUUID().toString(),
                Map.of("occurredAt", "2026-11-28T03:00:00Z"));
        awaitStatus(consultationId, "CANCELLED");
        String late = UUID.randomUUID().toString();

        publish(EventType.CONSULTATION_SCHEDULED_V1, consultationId, late, Map.of("occurredAt", "2026-11-26T01:15:31Z"));

        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("consultationRequests")
                .find(Filters.eq("_id", consultationId)).first().getList("appliedEventIds", String.class).contains(late));
        JsonNode view = json.readTree(get(consultationId).body());
        assertThat(view.get("status").asString()).isEqualTo("CANCELLED");
        assertThat(view.get("appointment").isNull()).isTrue();
    }

    @Test
    void lifecycleEventsMoveTheStatus() throws Exception {
        String consultationId = submitRequest();
        publish(EventType.CONSULTATION_WAITLISTED_V1, consultationId, UUID.randomUUID().toString(),
                Map.of("occurredAt", "2026-11-26T01:00:00Z"));
        awaitStatus(consultationId, "WAITLISTED");
        publish(EventType.CONSULTATION_RESCHEDULED_V1, consultationId, UUID.randomUUID().toString(),
                Map.of("occurredAt", "2026-11-27T01:00:00Z"));
        JsonNode rescheduled = awaitStatus(consultationId, "SCHEDULED");
        assertThat(rescheduled.get("appointment").get("localDate").asString()).isNotBlank();
        publish(EventType.CONSULTATION_COMPLETED_V1, consultationId, UUID.randomUUID().toString(),
                Map.of("occurredAt", "2026-12-02T01:00:00Z"));
        JsonNode completed = awaitStatus(consultationId, "COMPLETED");
        assertThat(completed.get("appointment").isNull()).isFalse();
    }

    @Test
    void eventForAnUnknownConsultationIsCountedNotRetried() throws Exception {
        double before = consumed(EventType.CONSULTATION_NO_SHOW_V1, "unknown_consultation");
        publish(EventType.CONSULTATION_NO_SHOW_V1, UUID.randomUUID().toString(), UUID.randomUUID().toString(), Map.of());
        await().atMost(Duration.ofSeconds(30))
                .until(() -> consumed(EventType.CONSULTATION_NO_SHOW_V1, "unknown_consultation") > before);
    }

    @Test
    void poisonBytesLandOnTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), key,
                Map.of(CloudEventHeaders.TYPE, EventType.CONSULTATION_SCHEDULED_V1.typeName()), "{not json");

        await().atMost(Duration.ofSeconds(60)).until(
                () -> PlatformKafka.recordsWithKey(ConsumerGroup.INTAKE_SERVICE.deadLetterTopic(), key), found -> !found.isEmpty());
    }

    private void publish(EventType type, String consultationId, String eventId, Map<String, String> overrides)
            throws Exception {
        ObjectNode event = (ObjectNode) json.readTree(GoldenSamples.json(type));
        event.put("consultationId", consultationId);
        event.put("eventId", eventId);
        overrides.forEach(event::put);
        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId,
                Map.of(CloudEventHeaders.TYPE, type.typeName(), CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/madoguchi/scheduling-service", CloudEventHeaders.SPEC_VERSION, "1.0"),
                json.writeValueAsBytes(event));
    }

    private double consumed(EventType type, String outcome) {
        var counter = meters.find("madoguchi.events.consumed").tags("type", type.typeName(), "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private JsonNode awaitStatus(String consultationId, String status) {
        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            view[0] = json.readTree(get(consultationId).body());
            return status.equals(view[0].get("status").asString());
        });
        return view[0];
    }

    private String submitRequest() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/consultation-requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.valid())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return json.readTree(response.body()).get("consultationId").asString();
    }

    private HttpResponse<String> get(String consultationId) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/consultation-requests/" + consultationId))
                .header("Authorization", TestTokens.federationStaff().bearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
