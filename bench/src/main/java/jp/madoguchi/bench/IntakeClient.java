package jp.madoguchi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake over HTTP/1.1, asynchronously: a slow answer occupies a connection, never the sending thread. The
 * anonymous POST is the web form's; the liveness probe is the no-op endpoint of the same stack (same Tomcat,
 * filter chain and security, no database, no Kafka).
 */
final class IntakeClient {

    static final String CONSULTATION_REQUESTS = "/api/v1/consultation-requests";
    static final String LIVENESS = "/actuator/health/liveness";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final URI base;

    IntakeClient(URI base) {
        this.base = base;
    }

    CompletableFuture<HttpResponse<String>> submit(String body) {
        return http.sendAsync(post(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same POST with an {@code Idempotency-Key}: what a client that retries sends. */
    CompletableFuture<HttpResponse<String>> submit(String body, String idempotencyKey) {
        return http.sendAsync(post(body).header("Idempotency-Key", idempotencyKey).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder post(String body) {
        return HttpRequest.newBuilder(base.resolve(CONSULTATION_REQUESTS))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    CompletableFuture<HttpResponse<Void>> liveness() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(LIVENESS)).timeout(TIMEOUT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
    }

    /** The {@code consultationId} of a 201 answer. */
    String consultationId(HttpResponse<String> created) {
        JsonNode id = json.readTree(created.body()).get("consultationId");
        if (id == null || !id.isString()) {
            throw new IllegalStateException("201 without a consultationId: " + created.body());
        }
        return id.asString();
    }
}
