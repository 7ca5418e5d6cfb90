package jp.madoguchi.intake.erasure.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;
import jp.madoguchi.intake.jobs.ExclusiveJobs;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The retention job, run with a clock set years ahead: a requester whose requests all closed more than three years
 * ago is erased (and announced once, even by two runs at once); one closed less long ago, or with an open request,
 * is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class RetentionJobIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RequesterRecords records;

    @Autowired
    ErasureLedger ledger;

    @Autowired
    EraseRequester erase;

    @Autowired
    ExclusiveJobs jobs;

    @Autowired
    RetentionProperties properties;

    @Autowired
    MeterRegistry meters;

    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Test
    void erasesOnlyRequestersWhoseLastRequestClosedLongerAgoThanTheRetentionAndEachOnce() throws Exception {
        String closed = submit();
        withdraw(closed);
        String open = submit();

        runAt(Period.ofYears(3).minusDays(1));
        assertThat(stored(closed)).containsKey("personal");

        RetentionJob first = jobAt(Period.ofYears(3).plusDays(1));
        RetentionJob second = jobAt(Period.ofYears(3).plusDays(1));
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> runTogether(together, first));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> runTogether(together, second));
        a.get();
        b.get();

        Document erased = stored(closed);
        assertThat(erased).doesNotContainKeys("personal", "statusTokenHash");
        assertThat(erased.get("erasure", Document.class).getString("trigger")).isEqualTo("RETENTION");
        assertThat(stored(open)).containsKey("personal");
        await().atMost(Duration.ofSeconds(30)).until(() -> erasedEvents(closed).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> erasedEvents(closed).size() == 1);
        assertThat(erasedEvents(closed).get(0).get("trigger").asString()).isEqualTo("RETENTION");
        assertThat(meters.find("madoguchi.intake.erasures").tag("trigger", "RETENTION").counter().count())
                .isGreaterThanOrEqualTo(1);
        assertThat(mongo.getCollection("auditEvents").countDocuments(Filters.and(Filters.eq("consultationId", closed),
                Filters.eq("action", "REQUESTER_ERASED"), Filters.eq("actor", "intake-service/retention"))))
                .isEqualTo(1);

        // A later run finds nothing more of them to do.
        runAt(Period.ofYears(4));
        assertThat(erasedEvents(closed)).hasSize(1);
    }

    private static int runTogether(CyclicBarrier together, RetentionJob job) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return job.run();
    }

    private void runAt(Period ahead) {
        jobAt(ahead).run();
    }

    private RetentionJob jobAt(Period ahead) {
        Clock clock = Clock.systemUTC();
        Duration shift = Duration.between(clock.instant(), clock.instant().atOffset(ZoneOffset.UTC).plus(ahead));
        return new RetentionJob(records, ledger, erase, jobs, properties, Clock.offset(clock, shift));
    }

    private String submit() throws Exception {
        String phone = "080-%04d-%04d".formatted(ThreadLocalRandom.current().nextInt(1000, 9999),
                ThreadLocalRandom.current().nextInt(1000, 9999));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        RequestBodies.with(RequestBodies.PHONE, phone))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(response.body());
        tokens.put(body.get("consultationId").asString(), body.get("statusToken").asString());
        return body.get("consultationId").asString();
    }

    private void withdraw(String id) throws Exception {
        HttpResponse<String> withdrawn = HTTP.send(HttpRequest.newBuilder(uri("/" + id + "/withdrawal"))
                .header("Content-Type", "application/json").header("X-Status-Token", tokens.get(id))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withdrawn.statusCode()).isEqualTo(200);
    }

    private Document stored(String id) {
        return mongo.getCollection("consultationRequests").find(Filters.eq("_id", id)).first();
    }

    private static List<JsonNode> erasedEvents(String consultationId) {
        return PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), consultationId).stream()
                .filter(r -> EventType.REQUESTER_ERASED_V1.typeName()
                        .equals(PlatformKafka.header(r, CloudEventHeaders.TYPE)))
                .map(r -> JSON.readTree(r.value())).toList();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/v1/consultation-requests" + path);
    }
}
