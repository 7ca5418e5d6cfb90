package jp.madoguchi.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatform;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.StoppableKafka;
import jp.madoguchi.testsupport.TestTokens;

/**
 * Issue #9: with the broker down, owners' requests are still taken in and stored; when it is back, every event goes
 * out exactly once, in order per consultation. A broker of its own (the shared one must not go away under other
 * classes' contexts) and a database of its own (other contexts' relays must not drain this one's outbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class KafkaOutageIntegrationTest {

    private static final StoppableKafka kafka = StoppableKafka.started();
    private static final String TOPIC = Topic.INTAKE_EVENTS.topicName();
    private static final int REQUESTS = 100;
    private static final int WITHDRAWN = 10;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", kafka::bootstrapServers);
        registry.add("madoguchi.kafka.password",
                () -> EmbeddedPlatform.get().login(ServiceAccount.INTAKE).password());
        registry.add("spring.mongodb.uri", () -> EmbeddedPlatform.get().mongoUri("intake-kafka-outage"));
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
    void requestsTakenInWhileTheBrokerIsDownAreAnnouncedOnceEachAndInOrderWhenItIsBack() {
        Calls calls = new Calls(port);
        String warmUp = Calls.json(calls.postRequest(RequestBodies.valid())).get("consultationId").asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> !recordsFor(Set.of(warmUp)).isEmpty());

        kafka.stop();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            HttpResponse<String> answer = calls.postRequest(RequestBodies.with(RequestBodies.PHONE,
                    "0475-42-%04d".formatted(1000 + i)));
            assertThat(answer.statusCode()).as("request %d while the broker is down", i).isEqualTo(201);
            tokens.put(Calls.json(answer).get("consultationId").asString(),
                    Calls.json(answer).get("statusToken").asString());
        }
        List<String> ids = new ArrayList<>(tokens.keySet());
        for (String id : ids.subList(0, WITHDRAWN)) {
            assertThat(calls.post(Calls.REQUESTS + "/" + id + "/withdrawal", "{}", "X-Status-Token", tokens.get(id))
                    .statusCode()).as("withdrawal while the broker is down").isEqualTo(200);
        }

        assertThat(mongo.getCollection("consultationRequests").countDocuments(Filters.in("_id", ids)))
                .as("every request stored").isEqualTo(REQUESTS);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(meters.get("madoguchi.outbox.lag").gauge().value()).isGreaterThanOrEqualTo(REQUESTS);
            assertThat(meters.get("madoguchi.outbox.oldest.age").gauge().value()).isGreaterThan(0);
        });

        kafka.start();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                mongo.getCollection("consultationRequests").countDocuments(Filters.and(Filters.in("_id", ids),
                        Filters.exists("outbox.0"))) == 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(meters.get("madoguchi.outbox.lag").gauge().value()).isZero());

        Map<String, List<String>> typesByKey = recordsFor(Set.copyOf(ids)).stream().collect(Collectors.groupingBy(
                ConsumerRecord::key, LinkedHashMap::new,
                Collectors.mapping(r -> PlatformKafka.header(r, "ce_type"), Collectors.toList())));
        String requested = EventType.CONSULTATION_REQUESTED_V1.typeName();
        String withdrawn = EventType.CONSULTATION_WITHDRAWN_V1.typeName();
        assertThat(typesByKey).as("one record list per consultation").hasSize(REQUESTS);
        assertThat(typesByKey.values().stream().filter(types -> types.equals(List.of(requested))).count())
                .as("requested exactly once").isEqualTo(REQUESTS - WITHDRAWN);
        for (String id : ids.subList(0, WITHDRAWN)) {
            assertThat(typesByKey.get(id)).as("requested, then withdrawn, each once").containsExactly(requested,
                    withdrawn);
        }
        assertThat(meters.get("madoguchi.outbox.oldest.age").gauge().value()).isZero();
    }

    private static List<ConsumerRecord<String, byte[]>> recordsFor(Set<String> keys) {
        return PlatformKafka.records(kafka.kafkaAdminClient(), TOPIC).stream()
                .filter(record -> keys.contains(record.key())).toList();
    }
}
