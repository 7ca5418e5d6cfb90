package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

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

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void noTokenHashCiphertextOrPersonalDataIsLoggedAtDebug(CapturedOutput output) throws Exception {
        String bearer = TestTokens.federationStaff().bearer();
        Http http = new Http(port);
        HttpResponse<String> created = http.post("/api/v1/consultation-requests", RequestBodies.valid());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = Http.json(created);
        String id = view.get("consultationId").asString();
        String statusToken = view.get("statusToken").asString();
        assertThat(http.get("/api/v1/consultation-requests/" + id, "X-Status-Token", statusToken).statusCode())
                .isEqualTo(200);
        http.get("/api/v1/consultation-requests/" + id + "/contact", Http.bearer(bearer));

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
}
