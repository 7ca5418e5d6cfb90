package jp.madoguchi.intake.chamber.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The registry as data, over real HTTP and the MongoDB wire protocol. The database is shared with the other test
 * classes of the JVM: this class changes only chambers it creates, and of the shipped ones only {@code shimofusa}'s
 * member count and municipalities (it stays inactive).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ChamberRegistryIntegrationTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String CHAMBERS = "/api/v1/chambers";
    private static final String INACTIVE = "この商工会は現在このサービスの受付をしていません";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    SeedChambers seeding;

    @Autowired
    ChamberSeed seed;

    @Test
    void seedingAgainAddsNothingAndKeepsAnAdministratorsEdit() throws Exception {
        assertThat(seed.chambers()).hasSize(40);
        assertThat(chambers().countDocuments(Filters.in("_id", seed.chambers().stream().map(Chamber::id).toList())))
                .isEqualTo(40);
        String etag = get(CHAMBERS + "/shimofusa").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> edited = put("/shimofusa", etag, body(null, "下総町商工会", "印旛", "成田市 旧下総町 (確認中)",
                false, 77));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        List<Document> before = allStored();

        seeding.start();
        seeding.start();

        assertThat(allStored()).isEqualTo(before);
        HttpResponse<String> read = get(CHAMBERS + "/shimofusa");
        assertThat(read.headers().firstValue("ETag")).hasValue(edited.headers().firstValue("ETag").orElseThrow());
        assertThat(json.readTree(read.body()).get("memberCount").asInt()).isEqualTo(77);
        assertThat(json.readTree(read.body()).get("municipalities").asString()).isEqualTo("成田市 旧下総町 (確認中)");
    }

    @Test
    void twoInstancesSeedingAtOnceRegisterAMissingChamberOnce() throws Exception {
        chambers().deleteOne(Filters.eq("_id", "sekiyado"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> starts = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            starts.add(CompletableFuture.runAsync(() -> {
                await().until(() -> together.await() >= 0);
                seeding.start();
            }));
        }
        CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).get();

        List<Document> sekiyado = chambers().find(Filters.eq("_id", "sekiyado")).into(new ArrayList<>());
        assertThat(sekiyado).singleElement().satisfies(d -> {
            assertThat(d.get("version", Number.class).longValue()).isEqualTo(1);
            assertThat(d.getBoolean("active")).isFalse();
        });
    }

    @Test
    void aChangeNeedsTheETagOfTheVersionItWasMadeFrom() throws Exception {
        String id = newId();
        HttpResponse<String> created = post(body(id, "試験町商工会", "長生", "試験町", true, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(CHAMBERS + "/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
        String change = body(null, "試験町商工会", "長生", "試験町 全域", true, 250);

        HttpResponse<String> unconditional = put("/" + id, null, change);
        assertProblem(unconditional, 428);
        assertThat(json.readTree(unconditional.body()).get("detail").asString()).contains("If-Match");
        assertProblem(put("/" + id, "*", change), 428);
        HttpResponse<String> changed = put("/" + id, "\"1\"", change);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
        HttpResponse<String> stale = put("/" + id, "\"1\"", body(null, "別名商工会", "長生", "試験町", false, 1));
        assertProblem(stale, 412);
        assertProblem(put("/" + id, "W/\"2\"", change), 412);
        assertProblem(put("/no-such-chamber", "\"1\"", change), 404);
        assertProblem(put("/" + id, "\"2\"", body("other-id", "試験町商工会", "長生", "試験町", true, 250)), 400);

        HttpResponse<String> read = get(CHAMBERS + "/" + id);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"2\"");
        JsonNode chamber = json.readTree(read.body());
        assertThat(chamber.get("municipalities").asString()).isEqualTo("試験町 全域");
        assertThat(chamber.get("memberCount").asInt()).isEqualTo(250);
        assertThat(chamber.get("active").asBoolean()).isTrue();
        assertProblem(get(CHAMBERS + "/no-such-chamber"), 404);
    }

    @Test
    void aTakenIdIsAConflictAndChangesNothing() throws Exception {
        Document ichinomiya = chambers().find(Filters.eq("_id", "ichinomiya")).first();

        HttpResponse<String> taken = post(body("ichinomiya", "乗っ取り商工会", "長生", "一宮町", false, 1));

        assertProblem(taken, 409);
        assertThat(json.readTree(taken.body()).get("chamberId").asString()).isEqualTo("ichinomiya");
        assertThat(chambers().find(Filters.eq("_id", "ichinomiya")).first()).isEqualTo(ichinomiya);
        String id = newId();
        assertThat(post(body(id, "試験町商工会", "長生", "試験町", true, null)).statusCode()).isEqualTo(201);
        assertProblem(post(body(id, "試験町商工会", "長生", "試験町", true, null)), 409);
    }

    @Test
    void everyChangeIsAuditedWithTheFieldsItTouchedAndNoValues() throws Exception {
        String id = newId();
        post(body(id, "監査町商工会", "夷隅", "監査町", true, null));
        put("/" + id, "\"1\"", body(id, "監査町商工会（新）", "夷隅", "監査町", true, 4321));

        List<Document> entries = mongo.getCollection("auditEvents").find(Filters.eq("chamberId", id))
                .sort(Sorts.ascending("at")).into(new ArrayList<>());
        assertThat(entries).extracting(d -> d.getString("action")).containsExactly("CHAMBER_CREATED", "CHAMBER_CHANGED");
        Document changed = entries.get(1);
        assertThat(changed.getList("changedFields", String.class)).containsExactly("name", "memberCount");
        assertThat(changed.getString("actor")).isEqualTo("admin.test");
        assertThat(changed.getString("outcome")).isEqualTo("GRANTED");
        assertThat(entries.toString()).doesNotContain("監査町商工会", "4321");
        JsonNode page = json.readTree(get("/api/v1/audit-events?limit=200", "Authorization",
                TestTokens.admin().bearer()).body());
        List<String> listed = new ArrayList<>();
        page.get("items").forEach(item -> {
            if (id.equals(item.path("chamberId").asString())) {
                listed.add(item.get("action").asString() + item.get("changedFields"));
            }
        });
        assertThat(listed).containsExactly("CHAMBER_CHANGED[\"name\",\"memberCount\"]", "CHAMBER_CREATED[]");
    }

    @Test
    void invalidFieldsAreNamedInJapaneseOrEnglishAndNothingIsStored() throws Exception {
        String longName = "𠮷".repeat(61);
        HttpResponse<String> invalid = post(body("Bad_Id", longName, "長生", " ", true, -1));

        assertProblem(invalid, 400);
        assertThat(fields(invalid)).containsExactlyInAnyOrder("id", "name", "municipalities", "memberCount");
        assertThat(invalid.body()).contains("60文字以内");
        HttpResponse<String> noId = post(body(null, "試験町商工会", "長生", "試験町", true, null));
        assertThat(fields(noId)).containsExactly("id");
        String id = newId();
        HttpResponse<String> unknownRegion = send(request(CHAMBERS).header("Accept-Language", "en")
                .header("Content-Type", "application/json").header("Authorization", TestTokens.admin().bearer())
                .POST(HttpRequest.BodyPublishers.ofString(body(id, "試験町商工会", "東京", "試験町", true, null))));
        assertProblem(unknownRegion, 400);
        assertThat(fields(unknownRegion)).containsExactly("region");
        assertThat(unknownRegion.body()).contains("Choose one of the federation's regions.");
        assertThat(chambers().countDocuments(Filters.in("_id", "Bad_Id", id))).isZero();

        // Characters, not UTF-16 units: sixty 𠮷 are a name of sixty characters.
        assertThat(post(body(id, "𠮷".repeat(60), "長生", "試験町", true, 0)).statusCode()).isEqualTo(201);
    }

    @Test
    void anInactiveChamberIsRefusedForNewRequestsFromOwnersAndStaffAndNothingIsStored() throws Exception {
        String id = newId();
        post(body(id, "休止町商工会", "安房", "休止町", true, null));
        assertThat(submit(id, null).statusCode()).isEqualTo(201);
        put("/" + id, "\"1\"", body(id, "休止町商工会", "安房", "休止町", false, null));
        long stored = requestsOf(id);

        for (String authorization : new String[] {null, TestTokens.federationStaff().bearer(),
                TestTokens.advisor(id).bearer()}) {
            HttpResponse<String> refused = submit(id, authorization);
            assertProblem(refused, 400);
            JsonNode error = json.readTree(refused.body()).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("chamberId");
            assertThat(error.get("message").asString()).startsWith(INACTIVE);
        }
        assertThat(requestsOf(id)).isEqualTo(stored);
        assertThat(json.readTree(submit("sekiyado", null).body()).get("errors").get(0).get("message").asString())
                .startsWith(INACTIVE);
        assertThat(requestsOf("sekiyado")).isZero();
    }

    @Test
    void aChangeMadeThroughAnotherInstanceIsInForceAfterTheNextRefresh() throws Exception {
        String id = newId();
        post(body(id, "別館町商工会", "香取", "別館町", true, null));
        assertThat(ids(get(CHAMBERS + "?active=true"))).contains(id);

        // What another instance's change leaves in the store; this instance hears of it only by reading again.
        chambers().updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("active", false),
                Updates.inc("version", 1L)));

        await().atMost(Duration.ofSeconds(10)).until(() -> ids(get(CHAMBERS + "?active=false")).contains(id));
        assertThat(ids(get(CHAMBERS + "?active=true"))).doesNotContain(id);
        assertThat(json.readTree(submit(id, null).body()).get("errors").get(0).get("message").asString())
                .startsWith(INACTIVE);
    }

    @Test
    void thePublicListKeepsItsShapeAndFilters() throws Exception {
        HttpResponse<String> all = get(CHAMBERS);
        JsonNode ichinomiya = null;
        for (JsonNode c : json.readTree(all.body())) {
            if (c.get("id").asString().equals("ichinomiya")) {
                ichinomiya = c;
            }
        }
        assertThat(ichinomiya).isNotNull();
        assertThat(ichinomiya.get("name").asString()).isEqualTo("一宮町商工会");
        assertThat(ichinomiya.get("region").asString()).isEqualTo("長生");
        assertThat(ichinomiya.get("active").asBoolean()).isTrue();
        assertThat(ids(all)).isSorted();
        assertThat(ids(get(CHAMBERS + "?active=false"))).contains("sekiyado", "taiei").doesNotContain("ichinomiya");
        assertProblem(get(CHAMBERS + "?active=maybe"), 400);
    }

    private MongoCollection<Document> chambers() {
        return mongo.getCollection("chambers");
    }

    private List<Document> allStored() {
        return chambers().find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }

    private long requestsOf(String chamberId) {
        return mongo.getCollection("consultationRequests").countDocuments(Filters.eq("chamberId", chamberId));
    }

    private static String newId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String body(String id, String name, String region, String municipalities, boolean active,
            Integer memberCount) {
        var body = json.createObjectNode();
        if (id != null) {
            body.put("id", id);
        }
        body.put("name", name).put("region", region).put("municipalities", municipalities).put("active", active);
        if (memberCount != null) {
            body.put("memberCount", memberCount);
        }
        return json.writeValueAsString(body);
    }

    private HttpResponse<String> submit(String chamberId, String authorization) throws Exception {
        HttpRequest.Builder request = request("/api/v1/consultation-requests")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.with("\"chamberId\":\"ichinomiya\"",
                        "\"chamberId\":\"" + chamberId + "\"")));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send(request(CHAMBERS).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.admin().bearer())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = request(CHAMBERS + path).header("Content-Type", "application/json")
                .header("Authorization", TestTokens.admin().bearer())
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json.readTree(response.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        json.readTree(response.body()).forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }
}
