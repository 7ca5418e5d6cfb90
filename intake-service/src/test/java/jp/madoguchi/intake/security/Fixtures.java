package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Requests in a known state, reached the way production reaches it (HTTP in, scheduling's events over Kafka). */
final class Fixtures {

    private Fixtures() {
    }

    /** An anonymous web-form request for the chamber; the answer carries {@code consultationId} and {@code statusToken}. */
    static JsonNode submitted(Http http, String chamberId) throws Exception {
        HttpResponse<String> created = http.post("/api/v1/consultation-requests",
                RequestBodies.with("\"chamberId\":\"ichinomiya\"", "\"chamberId\":\"" + chamberId + "\""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    /** Scheduling's {@code consultation.scheduled} for the request, with that consultant; waits until intake shows it. */
    static void scheduled(Http http, String consultationId, String consultantId) throws Exception {
        sendScheduled(ServiceAccount.SCHEDULING, consultationId, consultantId);
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.json(http.get(
                "/api/v1/consultation-requests/" + consultationId, Http.bearer(TestTokens.federationStaff().bearer())))
                .path("status").asString(), "SCHEDULED"::equals);
    }

    /** A {@code consultation.scheduled} with that consultant, sent to scheduling's topic by the given service. */
    static void sendScheduled(ServiceAccount as, String consultationId, String consultantId) throws Exception {
        ObjectNode event = (ObjectNode) Http.JSON.readTree(GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1));
        String eventId = UUID.randomUUID().toString();
        event.put("consultationId", consultationId).put("eventId", eventId).put("consultantId", consultantId);
        PlatformKafka.send(as, Topic.SCHEDULING_EVENTS.topicName(), consultationId,
                Map.of(CloudEventHeaders.TYPE, EventType.CONSULTATION_SCHEDULED_V1.typeName(), CloudEventHeaders.ID,
                        eventId, CloudEventHeaders.SOURCE, "/madoguchi/scheduling-service",
                        CloudEventHeaders.SPEC_VERSION, "1.0"),
                Http.JSON.writeValueAsBytes(event));
    }
}
