package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every bad input gets a 4xx problem+json naming what to fix, and nothing is stored. The tests share one Mongo
 * with other classes, so "nothing stored" is checked for a marker only these bodies carry.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ConsultationRequestValidationIntegrationTest {

    /** Every refused body carries this campaign code; no stored request may have it. */
    private static final String MARKER = "REFUSED-ONLY";

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void missingFieldsAreNamedInJapanese() throws Exception {
        JsonNode problem = refused(400, post("""
                {"chamberId":"ichinomiya","requester":{"name":"","phone":"0475-42-1234"},
                 "campaignCode":"%s","privacyConsent":true}""".formatted(MARKER)));
        assertThat(fields(problem)).contains("channel", "requester.name", "requester.businessName", "topic",
                "preferredMode", "description", "outreachSource", "membership");
        assertThat(problem.get("errors").get(0).get("message").asString()).matches(".*[ぁ-んァ-ン一-龥].*");
    }

    @Test
    void aCallerWhoAsksForEnglishReadsEnglish() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json").header("Accept-Language", "en-GB,en;q=0.8")
                .POST(HttpRequest.BodyPublishers.ofString(marked().replace("0475-42-1234", "phone-me"))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode problem = refused(400, response);

        assertThat(problem.get("detail").asString()).isEqualTo("Some of the input is not valid.");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("requester.phone");
        assertThat(problem.get("errors").get(0).get("message").asString())
                .isEqualTo("Enter a Japanese landline, mobile or IP phone number (e.g. 0475-42-1234, 090-1234-5678).");

        JsonNode domainRule = refused(400, http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(marked().replace("\"ichinomiya\"", "\"chiba-shi\""))).build(),
                HttpResponse.BodyHandlers.ofString()));
        assertThat(domainRule.get("errors").get(0).get("message").asString())
                .isEqualTo("No chamber of commerce has this id.");
    }

    /** Found by the outside probe (issue #7): a key given twice was accepted, the last one winning. */
    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        assertThat(fields(refused(400, post(marked().replace("\"chamberId\":\"ichinomiya\"",
                "\"chamberId\":\"yachimata\",\"chamberId\":\"ichinomiya\""))))).singleElement()
                .isIn("body", "chamberId");
    }

    @Test
    void formatsAndSizesAreChecked() throws Exception {
        String body = marked()
                .replace("0475-42-1234", "phone-me")
                .replace("taro@example.jp", "not-an-email")
                .replace("山田 太郎", "山".repeat(101))
                .replace("資金繰りについて相談したいです。", "相".repeat(4001));
        assertThat(fields(refused(400, post(body))))
                .containsExactlyInAnyOrder("requester.phone", "requester.email", "requester.name", "description");
    }

    @Test
    void consentWeekdaysAndChamberAreDomainRules() throws Exception {
        assertThat(fields(refused(400, post(marked().replace("\"privacyConsent\":true", "\"privacyConsent\":false")))))
                .containsExactly("privacyConsent");
        assertThat(fields(refused(400, post(marked().replace("\"WEDNESDAY\"", "\"SATURDAY\"")))))
                .containsExactly("preferredDays");
        assertThat(fields(refused(400, post(marked().replace("\"ichinomiya\"", "\"chiba-shi\"")))))
                .containsExactly("chamberId");
    }

    @Test
    void wrongTypesAndUnknownEnumValuesNameTheField() throws Exception {
        assertThat(fields(refused(400, post(marked().replace("\"FINANCE\"", "5"))))).containsExactly("topic");
        assertThat(fields(refused(400, post(marked().replace("\"FINANCE\"", "\"ASTROLOGY\""))))).containsExactly("topic");
        assertThat(fields(refused(400, post(marked().replace("\"" + RequestBodies.NAME + "\"", "5")))))
                .containsExactly("requester.name");
        assertThat(fields(refused(400, post(marked().replace("\"privacyConsent\":true", "\"privacyConsent\":\"yes\"")))))
                .containsExactly("privacyConsent");
        assertThat(fields(refused(400, post(marked().replace("[\"MONDAY\",\"WEDNESDAY\"]", "[\"MONDAY\",\"SOMEDAY\"]")))))
                .containsExactly("preferredDays[1]");
    }

    @Test
    void malformedJsonIs400() throws Exception {
        assertThat(fields(refused(400, post("{\"chamberId\":\"ichinomiya\", \"campaignCode\":\"" + MARKER + "\"")))).containsExactly("body");
        assertThat(fields(refused(400, post("")))).containsExactly("body");
    }

    @Test
    void wrongMediaTypeIs415() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(marked())).build(),
                HttpResponse.BodyHandlers.ofString());
        refused(415, response);
    }

    @Test
    void oneMegabyteBodyIsRefusedWith413ByLengthAndWhenChunked() throws Exception {
        String huge = marked().replace("資金繰りについて相談したいです。", "x".repeat(1024 * 1024));
        JsonNode problem = refused(413, post(huge));
        assertThat(problem.get("status").asInt()).isEqualTo(413);

        byte[] bytes = huge.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        refused(413, chunked);
    }

    @Test
    void aSmallChunkedBodyIsStillAccepted() throws Exception {
        byte[] bytes = RequestBodies.valid().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
    }

    /**
     * Found by the outside probe (issue #7, finding 7): text fields took invisible and control characters. Each is
     * sent as a JSON escape, the way a script would, inside the name.
     */
    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[31m", "\\r\\n", "\\t", "\\u007f", "\\u0085",
            "\\u202e", "\\u2066", "\\ud800", "\\udfff"})
    void controlCharactersInTextAreRefusedNamingTheField(String escaped) throws Exception {
        assertRefusedAsNotPlain("山田" + escaped + "太郎");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u200b", "\\u200b\\u200c\\u200d", "\\ufeff", "\\u2060 "})
    void aNameOfInvisibleCharactersAloneIsRefused(String escaped) throws Exception {
        assertRefusedAsNotPlain(escaped);
    }

    private void assertRefusedAsNotPlain(String name) throws Exception {
        JsonNode problem = refused(400, post(marked().replace("\"name\":\"" + RequestBodies.NAME + "\"",
                "\"name\":\"" + name + "\"")));

        assertThat(fields(problem)).containsExactly("requester.name");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("見えない文字");
    }

    /** Bytes that are not UTF-8: an overlong NUL (C0 80) and an encoded lone surrogate (ED A0 80). */
    @ParameterizedTest
    @ValueSource(strings = {"C080", "EDA080"})
    void malformedUtf8NeverBecomesStoredText(String hex) throws Exception {
        byte[] bad = java.util.HexFormat.of().parseHex(hex);
        String body = marked().replace(RequestBodies.NAME, "\u0001");
        byte[] utf8 = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int at = indexOf(utf8, (byte) 1);
        byte[] sent = new byte[utf8.length - 1 + bad.length];
        System.arraycopy(utf8, 0, sent, 0, at);
        System.arraycopy(bad, 0, sent, at, bad.length);
        System.arraycopy(utf8, at + 1, sent, at + bad.length, utf8.length - at - 1);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(sent)).build(), HttpResponse.BodyHandlers.ofString());

        refused(400, response);
    }

    @Test
    void aStoryKeepsItsLineBreaksAndTabs() throws Exception {
        HttpResponse<String> response = post(RequestBodies.valid().replace(RequestBodies.DESCRIPTION,
                "資金繰りについて。\\r\\n\\t売上が落ちています。"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static String marked() {
        return RequestBodies.valid().replace("FLYER-2026-AUTUMN", MARKER);
    }

    private JsonNode refused(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(mongo.getCollection("consultationRequests").countDocuments(Filters.eq("campaignCode", MARKER)))
                .as("requests stored from refused bodies").isZero();
        return json.readTree(response.body());
    }

    private static List<String> fields(JsonNode problem) {
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> {
            assertThat(e.get("message").asString()).isNotBlank();
            fields.add(e.get("field").asString());
        });
        return fields;
    }

    private HttpResponse<String> post(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/consultation-requests");
    }
}
