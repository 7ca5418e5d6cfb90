package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code Idempotency-Key} on submissions, and likely duplicates sent without one. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class IdempotencyIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameKeyAndBodyAnswerAsTheFirstTimeAndStoreNothingNew() throws Exception {
        String body = bodyOfANewOwner();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = post(body, key, null);
        long stored = storedRequests();
        HttpResponse<String> again = post(body, key, null);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonNode a = JSON.readTree(first.body());
        JsonNode b = JSON.readTree(again.body());
        assertThat(b.get("consultationId")).isEqualTo(a.get("consultationId"));
        assertThat(b.get("referenceCode")).isEqualTo(a.get("referenceCode"));
        assertThat(b.get("statusToken")).isEqualTo(a.get("statusToken"));
        assertThat(storedRequests()).isEqualTo(stored);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post(bodyOfANewOwner(), key, null).statusCode()).isEqualTo(201);
        long stored = storedRequests();

        HttpResponse<String> other = post(bodyOfANewOwner(), key, null);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(other.body()).get("detail").asString()).contains("別の内容");
        assertThat(storedRequests()).isEqualTo(stored);
    }

    @Test
    void keysBelongToTheirCallerAndMalformedKeysAreRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = bodyOfANewOwner();
        HttpResponse<String> owner = post(body, key, null);
        HttpResponse<String> staff = post(body.replace("\"WEB\"", "\"PHONE\""), key,
                TestTokens.federationStaff().bearer());

        assertThat(owner.statusCode()).isEqualTo(201);
        assertThat(staff.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(staff.body()).get("consultationId"))
                .isNotEqualTo(JSON.readTree(owner.body()).get("consultationId"));

        HttpResponse<String> malformed = post(bodyOfANewOwner(), "has space", null);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("Idempotency-Key");
    }

    @Test
    void concurrentSendsOfOneKeyStoreOneRequest() throws Exception {
        String body = bodyOfANewOwner();
        String key = UUID.randomUUID().toString();
        long stored = storedRequests();

        List<HttpResponse<String>> answers = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        return post(body, key, null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })).toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        assertThat(answers.stream().map(a -> JSON.readTree(a.body()).get("consultationId").asString()).distinct())
                .hasSize(1);
        assertThat(storedRequests()).isEqualTo(stored + 1);
    }

    @Test
    void aLikelyDuplicateWithoutAKeyIsTakenInAndFlaggedForStaffOnly() throws Exception {
        String body = bodyOfANewOwner();
        HttpResponse<String> first = post(body, null, null);
        HttpResponse<String> second = post(body, null, null);

        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode secondView = JSON.readTree(second.body());
        assertThat(secondView.has("possibleDuplicateOf")).isFalse();
        String firstId = JSON.readTree(first.body()).get("consultationId").asString();
        JsonNode staffView = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/"
                        + secondView.get("consultationId").asString()))
                .header("Authorization", TestTokens.federationStaff().bearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        JsonNode ownerView = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/"
                        + secondView.get("consultationId").asString()))
                .header("X-Status-Token", secondView.get("statusToken").asString()).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(staffView.get("possibleDuplicateOf").asString()).isEqualTo(firstId);
        assertThat(ownerView.has("possibleDuplicateOf")).isFalse();
    }

    /** Each test its own owner: the open-request limit counts an owner's requests across tests. */
    /** The store is written first and read only on a collision: the owner's open slots collide before the key. */
    @Test
    void anOwnerWithAnotherOpenRequestRepeatingTheFirstSendGetsItsAnswer() throws Exception {
        String body = bodyOfANewOwner();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(body, key, null);
        assertThat(post(body.replace(RequestBodies.DESCRIPTION, "二件目のご相談です。"), null, null).statusCode())
                .isEqualTo(201);
        long stored = storedRequests();

        HttpResponse<String> again = post(body, key, null);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(JSON.readTree(again.body()).get("consultationId"))
                .isEqualTo(JSON.readTree(first.body()).get("consultationId"));
        assertThat(storedRequests()).isEqualTo(stored);
    }

    @Test
    void anExpiredKeyIsGivenBackAndTakenByTheNextRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post(bodyOfANewOwner(), key, null);
        String firstId = JSON.readTree(first.body()).get("consultationId").asString();
        mongo.getCollection("consultationRequests").updateOne(Filters.eq("_id", firstId),
                Updates.set("idempotency.expiresAt", Date.from(Instant.now().minus(Duration.ofMinutes(1)))));
        long stored = storedRequests();

        HttpResponse<String> later = post(bodyOfANewOwner(), key, null);

        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(JSON.readTree(later.body()).get("consultationId").asString()).isNotEqualTo(firstId);
        assertThat(storedRequests()).isEqualTo(stored + 1);
        assertThat(mongo.getCollection("consultationRequests").find(Filters.eq("_id", firstId)).first()
                .get("idempotency")).isNull();
    }

    private static String bodyOfANewOwner() {
        String phone = "080-%04d-%04d".formatted(1000 + (int) (Math.random() * 9000), (int) (Math.random() * 10_000));
        return RequestBodies.with(RequestBodies.PHONE, phone).replace(RequestBodies.EMAIL,
                UUID.randomUUID() + "@example.jp");
    }

    private HttpResponse<String> post(String body, String key, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long storedRequests() {
        return mongo.getCollection("consultationRequests").countDocuments(Filters.exists("_id"));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/consultation-requests" + path);
    }
}
