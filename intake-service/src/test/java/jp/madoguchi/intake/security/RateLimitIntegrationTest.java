package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;

/** Its own context with a tiny limit: the other tests run with the limit out of the way. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@TestPropertySource(properties = {
        "madoguchi.intake.rate-limit.requests-per-minute=2",
        "madoguchi.intake.rate-limit.burst=2"})
class RateLimitIntegrationTest {

    private static final String REQUESTS = "/api/v1/consultation-requests";

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void anonymousSubmissionsBeyondTheBurstGet429WithRetryAfterWhileStaffAreNotLimited() throws Exception {
        Http http = new Http(port);
        assertThat(http.post(REQUESTS, RequestBodies.valid()).statusCode()).isEqualTo(201);
        assertThat(http.post(REQUESTS, RequestBodies.valid()).statusCode()).isEqualTo(201);

        HttpResponse<String> limited = http.post(REQUESTS, RequestBodies.valid());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 30));
        assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(Http.json(limited).get("status").asInt()).isEqualTo(429);
        assertThat(meters.get("madoguchi.intake.requests.rejected").tag("reason", "rate_limited").counter().count())
                .isGreaterThanOrEqualTo(1);

        assertThat(http.post(REQUESTS, RequestBodies.valid(), Http.bearer(TestTokens.federationStaff().bearer()))
                .statusCode()).as("phone intake with a staff token").isEqualTo(201);
        assertThat(http.get("/api/v1/chambers").statusCode()).as("only submissions are limited").isEqualTo(200);
    }

    /** The owner's web form shares the JSON form's buckets; a browser is told so in a page, not in JSON. */
    @Test
    void theWebFormIsLimitedLikeTheJsonForm() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest form = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/request"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("name=")).build();
        HttpResponse<String> answer = client.send(form, HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < 3 && answer.statusCode() != 429; i++) {
            answer = client.send(form, HttpResponse.BodyHandlers.ofString());
        }

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("text/html"));
        assertThat(answer.body()).contains("しばらくしてから再度お試しください");
        assertThat(new Http(port).post(REQUESTS, RequestBodies.valid()).statusCode())
                .as("the same bucket as the JSON form").isEqualTo(429);
    }

    /** Found by the outside probe (issue #7): an encoded path reached the handler with neither limit applied. */
    @Test
    void aDisguisedPathIsLimitedLikeThePlainOneOrNeverReachesTheHandler() throws Exception {
        Http http = new Http(port);
        for (int i = 0; i < 3 && http.post(REQUESTS, RequestBodies.valid()).statusCode() != 429; i++) {
            // empty the bucket of this address
        }
        for (String disguised : List.of("/api/v1/consultation-request%73", "/%61pi/v1/consultation-requests",
                "/api/v1/consultation-requests;x=1", "/api//v1/consultation-requests", "/api/v1/consultation-requests/",
                "/API/v1/consultation-requests", "/api/v1/Consultation-Requests")) {
            assertThat(http.post(disguised, RequestBodies.valid()).statusCode()).as(disguised)
                    .isNotEqualTo(201).isNotEqualTo(500);
        }
        assertThat(http.post("/api/v1/consultation-request%73", RequestBodies.valid()).statusCode())
                .as("the handler's own path, encoded").isEqualTo(429);

        String megabyte = RequestBodies.valid().replace("資金繰りについて相談したいです。", "相".repeat(1 << 20));
        for (String path : List.of("/api/v1/consultation-request%73", "/%61pi/v1/consultation-requests",
                "/actuator/health")) {
            assertThat(http.post(path, megabyte).statusCode()).as(path).isEqualTo(413);
        }
    }
}
