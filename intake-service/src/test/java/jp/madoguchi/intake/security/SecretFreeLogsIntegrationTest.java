package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

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

import com.mongodb.client.model.Filters;

import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #7, finding 4, for the services (platform-spring's log guard): with the Mongo driver, Spring Security, web
 * and the service itself at DEBUG, taking a request in, reading its status with the status token and reading its
 * contact details as staff log no status token or its hash, no bearer token, no ciphertext, no blind index and no
 * personal data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.level.org.mongodb.driver=DEBUG", "logging.level.org.springframework.security=DEBUG",
        "logging.level.org.springframework.web=DEBUG", "logging.level.jp.madoguchi=DEBUG",
        // The in-JVM stand-in for the database server; the real one runs and logs in its own process.
        "logging.level.de.bwaldvogel=INFO"})
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class SecretFreeLogsIntegrationTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void noTokenHashCiphertextOrPersonalDataIsLoggedAtDebug(CapturedOutput output) throws Exception {
        String bearer = TestTokens.federationStaff().bearer();
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/v1/consultation-requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.valid())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = json.readTree(created.body());
        String id = view.get("consultationId").asString();
        String statusToken = view.get("statusToken").asString();
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/consultation-requests/" + id))
                .header("X-Status-Token", statusToken)).statusCode()).isEqualTo(200);
        send(HttpRequest.newBuilder(uri("/api/v1/consultation-requests/" + id + "/contact"))
                .header("Authorization", bearer));

        Document stored = mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first();
        List<String> secrets = new ArrayList<>(List.of(statusToken, stored.getString("statusTokenHash"),
                bearer.substring("Bearer ".length()), RequestBodies.NAME, RequestBodies.PHONE, RequestBodies.EMAIL,
                RequestBodies.DESCRIPTION));
        Document personal = stored.get("personal", Document.class);
        personal.forEach((field, value) -> {
            if (value instanceof String sealed && sealed.startsWith("v1:")) {
                secrets.add(sealed.substring(sealed.lastIndexOf(':') + 1));
            }
        });
        if (stored.getString("openRequestSlot") != null) {
            secrets.add(stored.getString("openRequestSlot").replaceAll("#\\d+$", ""));
        }

        assertThat(output.getAll()).as("DEBUG was on").contains("DEBUG");
        assertThat(secrets).allSatisfy(secret -> assertThat(output.getAll()).doesNotContain(secret));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
