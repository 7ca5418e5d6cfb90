package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.model.Filters;

import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;

/**
 * The capacity defence's first line (issue #7, finding 3): one owner, known by the blind index of their phone
 * number, holds at most two open requests through the public form, however many submissions race and from however
 * many addresses; the real store's unique index decides. Staff taking a call for the same owner are not limited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "madoguchi.intake.open-requests.per-requester=2")
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class OpenRequestLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void concurrentWebSubmissionsOfOneOwnerStoreTwoAndRefuseTheRestInJapanese() throws Exception {
        // A number no other test uses: the limit counts every open request of that number in the store.
        String phone = "090-%04d-%04d".formatted(ThreadLocalRandom.current().nextInt(1_000, 10_000),
                ThreadLocalRandom.current().nextInt(10_000));
        long storedBefore = storedRequests();

        Http http = new Http(port);
        List<HttpResponse<String>> answers = inParallel(12,
                () -> http.post("/api/v1/consultation-requests", bodyWithPhone(phone)));

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(201, 2L, 409, 10L));
        assertThat(storedRequests()).isEqualTo(storedBefore + 2);

        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("limit").asInt()).isEqualTo(2);
        assertThat(problem.get("detail").asString()).contains("受付中のご相談がすでに2件");
        assertThat(refused.body()).doesNotContain(phone);

        HttpResponse<String> byStaff = http.post("/api/v1/consultation-requests",
                bodyWithPhone(phone).replace("\"WEB\"", "\"PHONE\""),
                Http.bearer(TestTokens.federationStaff().bearer()));
        assertThat(byStaff.statusCode()).isEqualTo(201);
    }

    private long storedRequests() {
        return mongo.getCollection("consultationRequests").countDocuments(Filters.exists("_id"));
    }

    private static String bodyWithPhone(String phone) {
        return RequestBodies.with("\"phone\":\"" + RequestBodies.PHONE + "\"", "\"phone\":\"" + phone + "\"");
    }

    private static <T> List<T> inParallel(int times, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            List<Future<T>> futures = IntStream.range(0, times).mapToObj(i -> pool.submit(task)).toList();
            return futures.stream().map(OpenRequestLimitIntegrationTest::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
