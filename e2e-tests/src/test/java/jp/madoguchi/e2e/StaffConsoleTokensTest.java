package jp.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import jp.madoguchi.testsupport.TestTokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services trusting a real staff console: the token it issues to the notification service's client opens
 * an owner's contact details in intake, and nothing else.
 */
class StaffConsoleTokensTest {

    private static final String CLIENT_SECRET = UUID.randomUUID().toString();
    private static final String METRICS_SECRET = UUID.randomUUID().toString();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.withStaffConsole(CLIENT_SECRET, METRICS_SECRET);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theNotificationClientsTokenReadsContactDetailsAndNothingElse() {
        JsonNode receipt = json.readTree(send(HttpRequest.newBuilder(platform.intake.uri("/api/v1/consultation-requests"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"chamberId":"yachimata","channel":"WEB",
                         "requester":{"name":"佐藤 花子","businessName":"佐藤農園","phone":"043-444-1234","email":"hanako@example.jp"},
                         "topic":"SUCCESSION","preferredMode":"WEB_MEETING","preferredDays":[],
                         "description":"事業承継について相談したいです。","outreachSource":"RADIO",
                         "membership":"NON_MEMBER","privacyConsent":true,"privacyNoticeVersion":"2026-12","outcomeSharedWithChamber":true}
                        """, StandardCharsets.UTF_8))
                .build()).body());
        String consultationId = receipt.get("consultationId").asString();
        String statusToken = receipt.get("statusToken").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> json.readTree(send(HttpRequest.newBuilder(
                        platform.intake.uri("/api/v1/consultation-requests/" + consultationId))
                .header("X-Status-Token", statusToken).GET().build()).body()).path("status").asString(), "SCHEDULED"::equals);

        String serviceToken = clientCredentialsToken();
        URI contact = platform.intake.uri("/api/v1/consultation-requests/" + consultationId + "/contact");

        HttpResponse<String> read = get(contact, "Bearer " + serviceToken);
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode details = json.readTree(read.body());
        assertThat(details.get("name").asString()).isEqualTo("佐藤 花子");
        assertThat(details.get("phone").asString()).isEqualTo("043-444-1234");
        assertThat(read.body()).doesNotContain("事業承継");

        // Its audience is intake only: scheduling does not take it at all (issue #7).
        assertThat(get(platform.scheduling.uri("/api/v1/appointments?consultationId=" + consultationId),
                "Bearer " + serviceToken).statusCode()).isEqualTo(401);
        assertThat(get(platform.intake.uri("/api/v1/consultation-requests/" + consultationId),
                "Bearer " + serviceToken).statusCode()).isEqualTo(403);
        assertThat(get(contact, null).statusCode()).isEqualTo(401);
        assertThat(get(contact, TestTokens.client("notification-service", "intake.contact.read").bearer()).statusCode())
                .as("a well-formed token from an issuer the services do not trust")
                .isEqualTo(401);
    }

    @Test
    void prometheusScrapesEveryServiceWithItsOwnTokenThatOpensNothingElse() {
        HttpResponse<String> issued = tokenRequest("metrics-scraper", METRICS_SECRET, "grant_type=client_credentials");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String scraper = "Bearer " + json.readTree(issued.body()).get("access_token").asString();

        for (RunningPlatform.Service service : new RunningPlatform.Service[] {
                platform.console, platform.intake, platform.scheduling, platform.notification, platform.analytics}) {
            HttpResponse<String> scrape = get(service.uri("/actuator/prometheus"), scraper);
            assertThat(scrape.statusCode()).as(service.name()).isEqualTo(200);
            assertThat(scrape.body()).as(service.name()).contains("application=\"" + service.name() + "\"");
            assertThat(get(service.uri("/actuator/metrics"), scraper).statusCode()).as(service.name()).isEqualTo(403);
            assertThat(get(service.uri("/actuator/prometheus"), null).statusCode()).as(service.name()).isEqualTo(401);
        }
        assertThat(get(platform.analytics.uri("/api/v1/analytics/chambers/usage"), scraper).statusCode()).isEqualTo(403);
    }

    @Test
    void theConsoleRefusesAScopeTheClientWasNotGranted() {
        HttpResponse<String> refused = tokenRequest("notification-service", CLIENT_SECRET,
                "grant_type=client_credentials&scope=madoguchi.staff");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("error").asString()).isEqualTo("invalid_scope");
    }

    private static String clientCredentialsToken() {
        HttpResponse<String> response = tokenRequest("notification-service", CLIENT_SECRET, "grant_type=client_credentials");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asString();
    }

    private static HttpResponse<String> tokenRequest(String clientId, String secret, String form) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(platform.console.uri("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    private static HttpResponse<String> get(URI uri, String authorization) {
        // Accept left to the server: /actuator/prometheus answers text, the APIs JSON.
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
