package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ConsultationRequestIntegrationTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void acceptedRequestIsStoredEncryptedAndAnnouncedWithoutPersonalData() throws Exception {
        HttpResponse<String> response = post(RequestBodies.valid());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode view = json.readTree(response.body());
        String consultationId = view.get("consultationId").asString();
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/v1/consultation-requests/" + consultationId);
        assertThat(view.get("referenceCode").asString()).matches("MD-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}");
        assertThat(view.get("chamberId").asString()).isEqualTo("ichinomiya");
        assertThat(view.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(view.get("appointment").isNull()).isTrue();

        ConsumerRecord<String, byte[]> record = awaitRecord(consultationId);
        String value = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("jp.madoguchi.consultation.requested.v1");
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/madoguchi/intake-service");
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(record.headers().lastHeader("__TypeId__")).isNull();
        JsonNode event = json.readTree(value);
        assertThat(event.get("consultationId").asString()).isEqualTo(consultationId);
        assertThat(event.get("eventId").asString()).isEqualTo(header(record, CloudEventHeaders.ID));
        assertThat(event.get("federationId").asString()).isEqualTo("chiba");
        assertThat(event.get("referenceCode").asString()).isEqualTo(view.get("referenceCode").asString());
        assertThat(event.get("topic").asString()).isEqualTo("FINANCE");
        assertThat(event.get("campaignCode").asString()).isEqualTo("FLYER-2026-AUTUMN");
        assertThat(value).doesNotContain(RequestBodies.NAME, RequestBodies.BUSINESS, RequestBodies.PHONE,
                RequestBodies.EMAIL, RequestBodies.DESCRIPTION, "山田");

        Document stored = mongo.getCollection("consultationRequests").find(Filters.eq("_id", consultationId)).first();
        assertThat(stored).isNotNull();
        String raw = stored.toJson();
        assertThat(raw).doesNotContain(RequestBodies.NAME, RequestBodies.PHONE, RequestBodies.EMAIL,
                RequestBodies.DESCRIPTION, RequestBodies.BUSINESS, "0475", "taro", "資金繰り");
        assertThat(stored.get("personal", Document.class).getString("phone")).startsWith("v1:");
        assertThat(stored.getString("requesterId")).isEqualTo(event.get("requesterId").asString());
        await().atMost(Duration.ofSeconds(5)).until(() -> mongo.getCollection("consultationRequests")
                .find(Filters.eq("_id", consultationId)).first().getList("outbox", Document.class).isEmpty());

        String statusToken = view.get("statusToken").asString();
        assertThat(statusToken).matches("[A-Za-z0-9_-]{22}");
        assertThat(raw).doesNotContain(statusToken);
        assertThat(stored.getString("statusTokenHash")).isNotBlank();
        HttpResponse<String> status = get("/api/v1/consultation-requests/" + consultationId,
                "X-Status-Token", statusToken);
        assertThat(status.statusCode()).isEqualTo(200);
        ((ObjectNode) view).remove("statusToken");
        JsonNode read = json.readTree(status.body());
        view.properties().forEach(field -> assertThat(read.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue()));
        assertThat(read.get("dateChangesLeft").asInt()).isEqualTo(3);
    }

    @Test
    void unknownConsultationIs404ProblemAndNonUuidIs400() throws Exception {
        HttpResponse<String> unknown = getAsStaff("/api/v1/consultation-requests/" + UUID.randomUUID());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));

        HttpResponse<String> notUuid = getAsStaff("/api/v1/consultation-requests/not-a-uuid");
        assertThat(notUuid.statusCode()).isEqualTo(400);
        assertThat(json.readTree(notUuid.body()).get("errors").get(0).get("field").asString()).isEqualTo("consultationId");
    }

    @Test
    void listsTheFederationsChambers() throws Exception {
        HttpResponse<String> response = get("/api/v1/chambers");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode chambers = json.readTree(response.body());
        assertThat(chambers.size()).isGreaterThanOrEqualTo(30);
        List<String> ids = new ArrayList<>();
        chambers.forEach(c -> ids.add(c.get("id").asString()));
        assertThat(ids).contains("ichinomiya", "oamishirasato", "yachimata").isSorted();
        assertThat(chambers.get(ids.indexOf("ichinomiya")).get("name").asString()).isEqualTo("一宮町商工会");
    }

    @Test
    void exposesProbesAndPrometheusMetrics() throws Exception {
        post(RequestBodies.valid());
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.body()).contains("mongo", "binders");
        String prometheus = get("/actuator/prometheus", "Authorization", TestTokens.operator().bearer()).body();
        assertThat(prometheus).contains("madoguchi_intake_requests_accepted_total", "madoguchi_outbox_pending",
                "madoguchi_intake_requests_handling_seconds");
        HttpResponse<String> openApi = get("/v3/api-docs");
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/consultation-requests", "/api/v1/chambers");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri("/api/v1/consultation-requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getAsStaff(String path) throws Exception {
        return get(path, "Authorization", TestTokens.federationStaff().bearer());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static ConsumerRecord<String, byte[]> awaitRecord(String key) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), key), found -> !found.isEmpty())
                .get(0);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return PlatformKafka.header(record, name);
    }
}
