package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The owner's actions with the status token (withdraw, ask for another date, see the outcome) and staff doing the
 * same on their behalf, against the real store and broker: what is answered, stored and announced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class OwnerActionsIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NEW_DATE = """
            {"preferredMode":"WEB_MEETING","preferredDays":["THURSDAY","TUESDAY"],"preferredTimeOfDay":"AFTERNOON"}""";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theOwnerWithdrawsOnceAndLaterSchedulingNewsDoesNotUndoIt() throws Exception {
        Submitted request = submit();

        HttpResponse<String> first = post(request.id() + "/withdrawal", "{}", "X-Status-Token", request.token());
        HttpResponse<String> again = post(request.id() + "/withdrawal", "{}", "X-Status-Token", request.token());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(again.statusCode()).isEqualTo(200);
        List<JsonNode> withdrawals = awaitIntakeEvents(request.id(), EventType.CONSULTATION_WITHDRAWN_V1, 1);
        assertThat(withdrawals.get(0).get("reason").asString()).isEqualTo("OWNER_REQUEST");
        assertThat(withdrawals.get(0).get("withdrawnBy").asString()).isEqualTo("OWNER");
        // The open-request slot is given back at once.
        assertThat(stored(request.id()).containsKey("openRequestSlot")).isFalse();

        String cancelled = publishScheduling(EventType.CONSULTATION_CANCELLED_V1, request.id(), Instant.now());
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(request.id())
                .getList("appliedEventIds", String.class).contains(cancelled));
        assertThat(status(request).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(intakeEvents(request.id(), EventType.CONSULTATION_WITHDRAWN_V1)).hasSize(1);
    }

    @Test
    void anotherDateIsPendingUntilSchedulingAnswers() throws Exception {
        Submitted request = submit();
        publishScheduling(EventType.CONSULTATION_SCHEDULED_V1, request.id(), Instant.now().minusSeconds(5));
        awaitStatus(request, "SCHEDULED");

        HttpResponse<String> asked = post(request.id() + "/date-change", NEW_DATE, "X-Status-Token", request.token());

        assertThat(asked.statusCode()).isEqualTo(202);
        JsonNode pending = JSON.readTree(asked.body());
        assertThat(pending.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(pending.get("dateChangePending").asBoolean()).isTrue();
        assertThat(pending.get("dateChangesLeft").asInt()).isEqualTo(2);
        JsonNode event = awaitIntakeEvents(request.id(), EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1, 1).get(0);
        assertThat(event.get("preferredMode").asString()).isEqualTo("WEB_MEETING");
        assertThat(event.get("preferredDays")).extracting(JsonNode::asString).containsExactly("TUESDAY", "THURSDAY");
        assertThat(event.get("preferredTimeOfDay").asString()).isEqualTo("AFTERNOON");
        assertThat(event.get("requestedBy").asString()).isEqualTo("OWNER");
        assertThat(stored(request.id()).getString("preferredMode")).isEqualTo("WEB_MEETING");

        publishScheduling(EventType.CONSULTATION_RESCHEDULED_V1, request.id(), Instant.now().plusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> !status(request).get("dateChangePending").asBoolean());
        assertThat(status(request).get("status").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void aDeclinedDateChangeEndsTheWaitAndKeepsTheAppointment() throws Exception {
        Submitted request = submit();
        publishScheduling(EventType.CONSULTATION_SCHEDULED_V1, request.id(), Instant.now().minusSeconds(5));
        JsonNode scheduled = awaitStatus(request, "SCHEDULED");
        assertThat(post(request.id() + "/date-change", NEW_DATE, "X-Status-Token", request.token()).statusCode())
                .isEqualTo(202);
        assertThat(status(request).get("dateChangePending").asBoolean()).isTrue();

        String declined = publishScheduling(EventType.CONSULTATION_DATE_CHANGE_DECLINED_V1, request.id(),
                Instant.now().plusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).until(() -> !status(request).get("dateChangePending").asBoolean());
        JsonNode after = status(request);
        assertThat(after.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(after.get("appointment")).isEqualTo(scheduled.get("appointment"));
        assertThat(after.get("dateChangesLeft").asInt()).isEqualTo(2);
        assertThat(stored(request.id()).getList("appliedEventIds", String.class)).contains(declined);
    }

    @Test
    void theOwnerSeesTheOutcomeAndCannotChangeAFinishedConsultation() throws Exception {
        Submitted request = submit();
        publishScheduling(EventType.CONSULTATION_COMPLETED_V1, request.id(), Instant.now());
        JsonNode completed = awaitStatus(request, "COMPLETED");
        assertThat(completed.get("outcome").asString()).isNotBlank();

        HttpResponse<String> refused = post(request.id() + "/withdrawal", "{}", "X-Status-Token", request.token());

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains("変更できません");
        assertThat(intakeEvents(request.id(), EventType.CONSULTATION_WITHDRAWN_V1)).isEmpty();
    }

    @Test
    void aWeekendOrAFourthChangeIsRefusedAndNothingIsAnnounced() throws Exception {
        Submitted request = submit();

        HttpResponse<String> weekend = post(request.id() + "/date-change",
                NEW_DATE.replace("THURSDAY", "SATURDAY"), "X-Status-Token", request.token());
        assertThat(weekend.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(weekend.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("preferredDays");

        for (int change = 1; change <= 3; change++) {
            assertThat(post(request.id() + "/date-change", NEW_DATE, "X-Status-Token", request.token())
                    .statusCode()).isEqualTo(202);
        }
        HttpResponse<String> fourth = post(request.id() + "/date-change", NEW_DATE, "X-Status-Token", request.token());

        assertThat(fourth.statusCode()).isEqualTo(409);
        awaitIntakeEvents(request.id(), EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1, 3);
        assertThat(intakeEvents(request.id(), EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1)).hasSize(3);
    }

    @Test
    void aWrongTokenOrAnotherChambersAdvisorFindsNothingAndStaffActFortheOwner() throws Exception {
        Submitted request = submit();

        assertThat(post(request.id() + "/withdrawal", "{}", "X-Status-Token", "AAAAAAAAAAAAAAAAAAAAAA")
                .statusCode()).isEqualTo(404);
        assertThat(post(request.id() + "/withdrawal", "{}", "Authorization",
                TestTokens.advisor("katsuura").bearer()).statusCode()).isEqualTo(404);
        assertThat(post(request.id() + "/withdrawal", "{}", "Authorization",
                TestTokens.analyst().bearer()).statusCode()).isEqualTo(403);
        assertThat(post(UUID.randomUUID() + "/withdrawal", "{}", "X-Status-Token", request.token()).statusCode())
                .isEqualTo(404);

        HttpResponse<String> byAdvisor = post(request.id() + "/date-change", NEW_DATE, "Authorization",
                TestTokens.advisor("ichinomiya").bearer());
        HttpResponse<String> byStaff = post(request.id() + "/withdrawal",
                "{\"reason\":\"RESOLVED_ELSEWHERE\"}", "Authorization", TestTokens.federationStaff().bearer());

        assertThat(byAdvisor.statusCode()).isEqualTo(202);
        assertThat(byStaff.statusCode()).isEqualTo(200);
        assertThat(awaitIntakeEvents(request.id(), EventType.CONSULTATION_DATE_CHANGE_REQUESTED_V1, 1).get(0)
                .get("requestedBy").asString()).isEqualTo("CHAMBER_ADVISOR");
        JsonNode withdrawal = awaitIntakeEvents(request.id(), EventType.CONSULTATION_WITHDRAWN_V1, 1).get(0);
        assertThat(withdrawal.get("withdrawnBy").asString()).isEqualTo("FEDERATION_STAFF");
        assertThat(withdrawal.get("reason").asString()).isEqualTo("RESOLVED_ELSEWHERE");
        await().atMost(Duration.ofSeconds(10)).until(() -> mongo.getCollection("auditEvents").countDocuments(
                Filters.and(Filters.eq("consultationId", request.id()),
                        Filters.in("action", "REQUEST_WITHDRAWN", "DATE_CHANGE_REQUESTED"))) >= 2);
    }

    private record Submitted(String id, String token) {
    }

    private Submitted submit() throws Exception {
        String phone = "090-%04d-%04d".formatted((int) (Math.random() * 9000) + 1000, (int) (Math.random() * 10_000));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(""))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.with(RequestBodies.PHONE, phone))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        return new Submitted(body.get("consultationId").asString(), body.get("statusToken").asString());
    }

    private HttpResponse<String> post(String path, String body, String header, String value) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/" + path)).header("Content-Type", "application/json")
                .header(header, value).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode status(Submitted request) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/" + request.id()))
                .header("X-Status-Token", request.token()).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private JsonNode awaitStatus(Submitted request, String status) {
        JsonNode[] view = new JsonNode[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            view[0] = status(request);
            return status.equals(view[0].get("status").asString());
        });
        return view[0];
    }

    private org.bson.Document stored(String id) {
        return mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first();
    }

    private String publishScheduling(EventType type, String consultationId, Instant at) throws Exception {
        String eventId = UUID.randomUUID().toString();
        ObjectNode event = (ObjectNode) JSON.readTree(GoldenSamples.json(type));
        event.put("consultationId", consultationId);
        event.put("eventId", eventId);
        event.put("occurredAt", at.truncatedTo(ChronoUnit.MILLIS).toString());
        if (event.has("startsAt")) {
            // The golden appointment's date is long past; an owner may only change one still to come.
            Instant startsAt = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
            event.put("startsAt", startsAt.toString());
            event.put("endsAt", startsAt.plus(1, ChronoUnit.HOURS).toString());
        }
        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId,
                Map.of(CloudEventHeaders.TYPE, type.typeName(), CloudEventHeaders.ID, eventId,
                        CloudEventHeaders.SOURCE, "/madoguchi/scheduling-service", CloudEventHeaders.SPEC_VERSION, "1.0"),
                JSON.writeValueAsBytes(event));
        return eventId;
    }

    private List<JsonNode> awaitIntakeEvents(String consultationId, EventType type, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> intakeEvents(consultationId, type).size() >= count);
        return intakeEvents(consultationId, type);
    }

    private static List<JsonNode> intakeEvents(String consultationId, EventType type) {
        return PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), consultationId).stream()
                .filter(r -> type.typeName().equals(PlatformKafka.header(r, CloudEventHeaders.TYPE)))
                .map(ConsumerRecord::value).map(JSON::readTree).toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/consultation-requests" + path);
    }
}
