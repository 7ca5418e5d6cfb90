package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class StatusTokenIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void theTokenIsShownOnceStoredOnlyAsItsHashAndOpensItsOwnRequestOnly() throws Exception {
        Http http = new Http(port);
        JsonNode mine = Fixtures.submitted(http, "ichinomiya");
        JsonNode other = Fixtures.submitted(http, "ichinomiya");
        String id = mine.get("consultationId").asString();
        String token = mine.get("statusToken").asString();
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(16);

        Document stored = mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first();
        assertThat(stored.toJson()).doesNotContain(token);
        assertThat(stored.getString("statusTokenHash")).isEqualTo(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8))));

        HttpResponse<String> status = http.get(path(id), "X-Status-Token", token);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(Http.json(status).get("consultationId").asString()).isEqualTo(id);
        assertThat(Http.json(status).has("statusToken")).as("shown once, at submission").isFalse();

        String otherId = other.get("consultationId").asString();
        HttpResponse<String> wrongRequest = http.get(path(otherId), "X-Status-Token", token);
        HttpResponse<String> wrongToken = http.get(path(id), "X-Status-Token", other.get("statusToken").asString());
        UUID unknown = UUID.randomUUID();
        HttpResponse<String> unknownId = http.get(path(unknown.toString()), "X-Status-Token", token);
        assertThat(wrongRequest.statusCode()).isEqualTo(404);
        assertThat(wrongToken.statusCode()).isEqualTo(404);
        assertThat(unknownId.statusCode()).isEqualTo(404);
        assertThat(withoutInstance(wrongToken)).as("a wrong token looks like an unknown id")
                .isEqualTo(withoutInstance(unknownId));

        HttpResponse<String> none = http.get(path(id));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
    }

    private static String path(String id) {
        return "/api/v1/consultation-requests/" + id;
    }

    static JsonNode withoutInstance(HttpResponse<String> response) {
        JsonNode body = Http.json(response);
        ((ObjectNode) body).remove("instance");
        return body;
    }
}
