package jp.madoguchi.intake.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ErasureTrigger;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.intake.erasure.application.ErasureLedger;
import jp.madoguchi.intake.erasure.application.RequesterRecords;
import jp.madoguchi.intake.erasure.domain.Erasure;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An owner with two requests asks for erasure; an administrator erases them (after the open one is withdrawn):
 * afterwards no collection of intake holds anything of the owner's name, furigana, phone, e-mail or story, in clear
 * or encrypted; each request is announced as erased without personal data; what analytics counts is unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ErasureIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What analytics and the status view rest on: must not change with an erasure. */
    private static final List<String> NON_PERSONAL = List.of("_id", "referenceCode", "chamberId", "channel", "topic",
            "preferredMode", "preferredDays", "outreachSource", "campaignCode", "membership", "origin", "consents",
            "receivedAt", "status", "statusAsOf", "appointment");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RequesterRecords records;

    @Autowired
    ErasureLedger ledger;

    @Test
    void afterErasureNoTraceOfTheOwnerIsLeftAndEachRequestIsAnnouncedOnce() throws Exception {
        Owner owner = Owner.unique();
        Submitted first = submit(owner, "FINANCE", "erasure-" + UUID.randomUUID());
        Submitted second = submit(owner, "SUBSIDY", null);
        assertThat(stored(first.id()).getString("requesterId")).isEqualTo(stored(second.id()).getString("requesterId"));
        String requesterId = stored(first.id()).getString("requesterId");
        assertThat(dumpOfEveryCollection()).contains(requesterId + ":FINANCE", requesterId + ":SUBSIDY");
        assertThat(stored(first.id())).containsKeys("personal", "idempotency", "statusTokenHash");

        HttpResponse<String> asked = post(first.id() + "/erasure-request", "X-Status-Token", first.token());
        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(get("/api/v1/erasure-requests", TestTokens.federationStaff().bearer()).body())
                .contains(first.id());

        HttpResponse<String> refused = post(first.id() + "/erasure", "Authorization", TestTokens.admin().bearer());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("detail").asString()).contains("取り下げ");
        assertThat(problem.get("openConsultationIds")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(stored(first.id()).containsKey("personal")).isTrue();

        withdraw(first);
        withdraw(second);
        Map<String, Document> before = Map.of(first.id(), stored(first.id()), second.id(), stored(second.id()));

        HttpResponse<String> erased = post(second.id() + "/erasure", "Authorization", TestTokens.admin().bearer());
        HttpResponse<String> again = post(first.id() + "/erasure", "Authorization", TestTokens.admin().bearer());

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        assertThat(JSON.readTree(erased.body()).get("consultationIds")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body())).isEqualTo(JSON.readTree(erased.body()));

        String dump = dumpOfEveryCollection();
        for (String trace : owner.traces()) {
            assertThat(dump).as("a trace of the owner: %s", trace).doesNotContain(trace);
        }
        assertThat(dump).doesNotContain(requesterId + ":");
        for (Submitted request : List.of(first, second)) {
            Document after = stored(request.id());
            assertThat(after).doesNotContainKeys("personal", "statusTokenHash", "idempotency", "openRequestSlot",
                    "possibleDuplicateOf");
            assertThat(after.toJson()).doesNotContain("v1:");
            assertThat(after.getString("requesterId")).isNotEqualTo(requesterId);
            for (String field : NON_PERSONAL) {
                assertThat(after.get(field)).as(field).isEqualTo(before.get(request.id()).get(field));
            }
            // The owner's key opens nothing any more: the same answer as an unknown request.
            assertThat(statusWithToken(request).statusCode()).isEqualTo(404);
        }
        assertThat(stored(first.id()).getString("requesterId")).isEqualTo(stored(second.id()).getString("requesterId"));
        assertThat(mongo.getCollection("erasureRequests").find(Filters.eq("_id", first.id())).first())
                .containsKey("resolvedAt");
        assertThat(mongo.getCollection("auditEvents").countDocuments(Filters.and(
                Filters.in("consultationId", first.id(), second.id()), Filters.eq("action", "REQUESTER_ERASED"),
                Filters.eq("outcome", "GRANTED")))).isGreaterThanOrEqualTo(2);

        for (Submitted request : List.of(first, second)) {
            List<ConsumerRecord<String, byte[]>> events = awaitErased(request.id());
            String body = new String(events.get(0).value(), StandardCharsets.UTF_8);
            JsonNode event = JSON.readTree(body);
            assertThat(event.get("requesterId").asString()).isEqualTo(requesterId);
            assertThat(event.get("replacementRequesterId").asString())
                    .isEqualTo(stored(request.id()).getString("requesterId"));
            assertThat(event.get("trigger").asString()).isEqualTo("STAFF");
            for (String trace : owner.traces()) {
                assertThat(body).doesNotContain(trace);
            }
        }
        // Nothing announced twice, even after some time for the relay.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> erasedEvents(first.id()).size() == 1 && erasedEvents(second.id()).size() == 1);
    }

    @Test
    void anErasureCutShortByACrashIsFinishedWithTheSameReplacementAndNothingAnnouncedTwice() throws Exception {
        Owner owner = Owner.unique();
        Submitted first = submit(owner, "FINANCE", null);
        Submitted second = submit(owner, "SUBSIDY", null);
        withdraw(first);
        withdraw(second);
        UUID requesterId = UUID.fromString(stored(first.id()).getString("requesterId"));
        // As a crash would leave it: begun, the first request erased with its event, the second not.
        Erasure begun = ledger.begin(requesterId, ErasureTrigger.STAFF);
        assertThat(records.erase(begun.of(UUID.fromString(first.id()), Instant.now(), "chiba"))).isTrue();
        assertThat(records.erase(begun.of(UUID.fromString(first.id()), Instant.now(), "chiba"))).isFalse();

        HttpResponse<String> erased = post(first.id() + "/erasure", "Authorization", TestTokens.admin().bearer());

        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        for (Submitted request : List.of(first, second)) {
            assertThat(stored(request.id())).doesNotContainKey("personal");
            assertThat(stored(request.id()).getString("requesterId"))
                    .isEqualTo(begun.replacementRequesterId().toString());
            awaitErased(request.id());
        }
        assertThat(mongo.getCollection("requesterErasures").countDocuments(
                Filters.eq("_id", requesterId.toString()))).isZero();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> erasedEvents(first.id()).size() == 1 && erasedEvents(second.id()).size() == 1);
    }

    @Test
    void onlyTheOwnerAsksAndOnlyStaffSeeTheAsks() throws Exception {
        Submitted request = submit(Owner.unique(), "FINANCE", null);

        assertThat(post(request.id() + "/erasure-request", "X-Status-Token", "AAAAAAAAAAAAAAAAAAAAAA").statusCode())
                .isEqualTo(404);
        assertThat(post(request.id() + "/erasure-request", "Authorization", TestTokens.federationStaff().bearer())
                .statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/erasure-requests", TestTokens.analyst().bearer()).statusCode()).isEqualTo(403);
        assertThat(post(UUID.randomUUID() + "/erasure", "Authorization", TestTokens.admin().bearer()).statusCode())
                .isEqualTo(404);
        assertThat(post(request.id() + "/erasure", "Authorization", TestTokens.federationStaff().bearer())
                .statusCode()).isEqualTo(403);
        assertThat(stored(request.id()).containsKey("personal")).isTrue();
    }

    /** The owner's personal values and the forms they are stored or sent in. */
    record Owner(String name, String kana, String phone, String email, String story) {

        static Owner unique() {
            int n = ThreadLocalRandom.current().nextInt(1000, 9999);
            int m = ThreadLocalRandom.current().nextInt(1000, 9999);
            return new Owner("消去 花子" + n, "しょうきょ はなこ", "090-%d-%d".formatted(n, m),
                    "hanako.%d.%d@example.jp".formatted(n, m), "売上が落ちて困っています。相談番号" + n + m);
        }

        List<String> traces() {
            String digits = phone.replace("-", "");
            return List.of(name, kana, phone, digits, "+81" + digits.substring(1), email, story, "山田商店" + name);
        }

        String body(String topic) {
            return RequestBodies.valid().replace(RequestBodies.NAME, name).replace(RequestBodies.PHONE, phone)
                    .replace(RequestBodies.EMAIL, email).replace(RequestBodies.DESCRIPTION, story)
                    .replace(RequestBodies.BUSINESS, "山田商店" + name)
                    .replace("\"FINANCE\"", "\"" + topic + "\"")
                    .replace("\"phone\":", "\"nameKana\":\"" + kana + "\",\"phone\":");
        }
    }

    private record Submitted(String id, String token) {
    }

    private Submitted submit(Owner owner, String topic, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(owner.body(topic)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        return new Submitted(body.get("consultationId").asString(), body.get("statusToken").asString());
    }

    private void withdraw(Submitted request) throws Exception {
        HttpResponse<String> withdrawn = HTTP.send(HttpRequest.newBuilder(uri("/" + request.id() + "/withdrawal"))
                .header("Content-Type", "application/json").header("X-Status-Token", request.token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withdrawn.statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> post(String path, String header, String value) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/" + path)).header(header, value)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> statusWithToken(Submitted request) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri("/" + request.id())).header("X-Status-Token", request.token())
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every document of every collection of intake's database, raw (ciphertexts included), as one text. */
    private String dumpOfEveryCollection() {
        StringBuilder dump = new StringBuilder();
        for (String collection : mongo.getCollectionNames()) {
            for (Document d : mongo.getCollection(collection).find()) {
                dump.append(collection).append(' ').append(d.toJson()).append('\n');
            }
        }
        return dump.toString();
    }

    private Document stored(String id) {
        return mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first();
    }

    private List<ConsumerRecord<String, byte[]>> awaitErased(String consultationId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !erasedEvents(consultationId).isEmpty());
        return erasedEvents(consultationId);
    }

    private static List<ConsumerRecord<String, byte[]>> erasedEvents(String consultationId) {
        return new ArrayList<>(PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), consultationId).stream()
                .filter(r -> EventType.REQUESTER_ERASED_V1.typeName()
                        .equals(PlatformKafka.header(r, CloudEventHeaders.TYPE)))
                .toList());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/consultation-requests" + path);
    }
}
