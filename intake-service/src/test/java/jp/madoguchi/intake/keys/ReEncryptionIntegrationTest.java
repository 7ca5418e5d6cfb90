package jp.madoguchi.intake.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import jp.madoguchi.intake.crypto.FieldCipher;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A rotation: the test key of every other test is now retired and a new key is current. A request sealed under the
 * old key still reads; the re-encryption job rewrites it under the new key id, and it still reads.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "madoguchi.intake.crypto.data-key=" + ReEncryptionIntegrationTest.NEW_KEY,
        "madoguchi.intake.crypto.retired-data-keys=" + ReEncryptionIntegrationTest.OLD_KEY,
        "madoguchi.intake.re-encryption.poll-interval=200ms",
        "madoguchi.intake.re-encryption.batch-size=3"})
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ReEncryptionIntegrationTest {

    /** The key of src/test/resources/application.yml. */
    static final String OLD_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NEW_KEY = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8=";
    private static final List<String> SEALED = List.of("name", "nameKana", "businessName", "phone", "email",
            "description");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    FieldCipher cipher;

    @Test
    void valuesUnderTheRetiredKeyAreRewrittenUnderTheCurrentOneAndStillRead() throws Exception {
        FieldCipher old = new FieldCipher(Base64.getDecoder().decode(OLD_KEY), List.of());
        String id = submit();
        sealUnder(old, id);
        assertThat(contactName(id)).isEqualTo(RequestBodies.NAME);

        HttpResponse<String> started = send("POST", TestTokens.admin().bearer());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode progress = JSON.readTree(send("GET", TestTokens.admin().bearer()).body());
            return progress.get("state").asString().equals("DONE") && progress.get("remaining").asLong() == 0;
        });
        JsonNode done = JSON.readTree(send("GET", TestTokens.admin().bearer()).body());
        assertThat(done.get("reEncrypted").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(done.get("targetKeyId").asString()).isEqualTo(cipher.currentKeyId());
        Document personal = personal(id);
        assertThat(personal.getString("keyId")).isEqualTo(cipher.currentKeyId());
        for (String field : SEALED) {
            String value = personal.getString(field);
            if (value != null) {
                assertThat(FieldCipher.keyIdOf(value)).as(field).isEqualTo(cipher.currentKeyId());
            }
        }
        assertThat(contactName(id)).isEqualTo(RequestBodies.NAME);
        assertThat(send("POST", TestTokens.federationStaff().bearer()).statusCode()).isEqualTo(403);
    }

    /** As a request taken in before the rotation: every value sealed under the old key. */
    private void sealUnder(FieldCipher old, String id) {
        Document personal = personal(id);
        Document resealed = new Document();
        for (String field : SEALED) {
            String context = "consultationRequests/" + id + "/personal." + field;
            String value = personal.getString(field);
            resealed.append(field, value == null ? null : old.encrypt(cipher.decrypt(value, context), context));
        }
        resealed.append("keyId", old.currentKeyId());
        mongo.getCollection("consultationRequests").updateOne(Filters.eq("_id", id), Updates.set("personal", resealed));
        assertThat(FieldCipher.keyIdOf(personal(id).getString("name"))).isEqualTo(old.currentKeyId());
    }

    private Document personal(String id) {
        return mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first()
                .get("personal", Document.class);
    }

    private String submit() throws Exception {
        String phone = "070-%04d-%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9999),
                ThreadLocalRandom.current().nextInt(1000, 9999));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base()
                + "/api/v1/consultation-requests")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.with(RequestBodies.PHONE, phone))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        return JSON.readTree(response.body()).get("consultationId").asString();
    }

    private String contactName(String id) throws Exception {
        HttpResponse<String> contact = HTTP.send(HttpRequest.newBuilder(URI.create(base()
                + "/api/v1/consultation-requests/" + id + "/contact")).header("Authorization",
                TestTokens.client("notification-service", "intake.contact.read").bearer()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(contact.statusCode()).as(contact.body()).isEqualTo(200);
        return JSON.readTree(contact.body()).get("name").asString();
    }

    private HttpResponse<String> send(String method, String authorization) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/admin/re-encryption"))
                .header("Authorization", authorization).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
