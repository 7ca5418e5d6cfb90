package jp.madoguchi.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatform;
import jp.madoguchi.testsupport.StoppableMongo;
import jp.madoguchi.testsupport.TestTokens;

/**
 * Issue #9: with MongoDB away, a request is answered 503 problem+json with {@code Retry-After} within a second
 * (through the store guard's circuit breaker), nothing is stored, and readiness goes DOWN; when it is back, requests
 * are taken in again. A database server of its own, stopped and started on the same port with its data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "madoguchi.store-guard.wait-in-open=2s")
@DirtiesContext
class MongoOutageIntegrationTest {

    private static final StoppableMongo database = StoppableMongo.started();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        EmbeddedPlatform platform = EmbeddedPlatform.get();
        registry.add("spring.kafka.bootstrap-servers", platform::kafkaBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", platform::kafkaBootstrapServers);
        registry.add("madoguchi.kafka.password", () -> platform.login(ServiceAccount.INTAKE).password());
        registry.add("spring.mongodb.uri", () -> database.uri("intake-service"));
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestTokens.get().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> TestTokens.get().jwkSetUri());
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void withTheDatabaseAwayRequestsGet503WithRetryAfterWithinASecondNothingIsStoredAndReadinessIsDown() {
        Calls calls = new Calls(port);
        assertThat(calls.postRequest(RequestBodies.valid()).statusCode()).isEqualTo(201);
        assertThat(calls.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        long stored = requestsStored();

        database.stop();

        for (int i = 0; i < 8; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = calls.postRequest(RequestBodies.with(RequestBodies.PHONE,
                    "0475-43-%04d".formatted(i)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer.statusCode()).as("request %d with the database away", i).isEqualTo(503);
            assertThat(took).as("answered within a second").isLessThan(Duration.ofSeconds(1));
            assertThat(Calls.isProblem(answer)).isTrue();
            assertThat(Calls.json(answer).get("status").asInt()).isEqualTo(503);
            assertThat(Calls.json(answer).get("detail").asString()).matches(".*[ぁ-んァ-ン一-龥].*");
            assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 60L));
        }
        assertThat(meters.get("madoguchi.store.guard.open").gauge().value()).as("the breaker opened").isEqualTo(1);
        assertThat(meters.get("madoguchi.store.unavailable").counter().count()).isGreaterThanOrEqualTo(8);
        HttpResponse<String> english = calls.postRequest(RequestBodies.valid(), "Accept-Language", "en");
        assertThat(english.statusCode()).isEqualTo(503);
        assertThat(Calls.json(english).get("detail").asString()).startsWith("The service cannot take requests");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            HttpResponse<String> readiness = calls.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(Calls.json(readiness).get("status").asString()).isEqualTo("DOWN");
        });
        assertThat(calls.get("/actuator/health/liveness").statusCode()).as("alive all the same").isEqualTo(200);

        database.start();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                calls.postRequest(RequestBodies.with(RequestBodies.PHONE, "0475-44-0001")).statusCode() == 201);
        assertThat(calls.postRequest(RequestBodies.with(RequestBodies.PHONE, "0475-44-0002")).statusCode())
                .as("a second trial call closes the breaker").isEqualTo(201);
        assertThat(requestsStored()).as("the refused requests stored nothing; the two after the outage are there")
                .isEqualTo(stored + 2);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(calls.get("/actuator/health/readiness").statusCode()).isEqualTo(200));
        assertThat(meters.get("madoguchi.store.guard.open").gauge().value()).isZero();
    }

    private long requestsStored() {
        return mongo.getCollection("consultationRequests").countDocuments();
    }
}
