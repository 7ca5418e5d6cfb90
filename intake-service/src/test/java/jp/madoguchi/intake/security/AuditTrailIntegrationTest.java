package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.bson.Document;
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

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class AuditTrailIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void contactReadsAreAuditedWithoutTheDataAndOnlyAdminsListTheTrail() throws Exception {
        Http http = new Http(port);
        String id = Fixtures.submitted(http, "ichinomiya").get("consultationId").asString();
        Fixtures.scheduled(http, id, "consultant-01");

        HttpResponse<String> forNotification = http.get(contact(id),
                Http.bearer(TestTokens.client("notification-service", "intake.contact.read").bearer()));
        assertThat(forNotification.statusCode()).isEqualTo(200);
        JsonNode full = Http.json(forNotification);
        assertThat(full.get("name").asString()).isEqualTo(RequestBodies.NAME);
        assertThat(full.get("businessName").asString()).isEqualTo(RequestBodies.BUSINESS);
        assertThat(full.get("phone").asString()).isEqualTo(RequestBodies.PHONE);
        assertThat(full.get("email").asString()).isEqualTo(RequestBodies.EMAIL);
        assertThat(forNotification.body()).as("never the story").doesNotContain(RequestBodies.DESCRIPTION);

        HttpResponse<String> forConsultant = http.get(contact(id),
                Http.bearer(TestTokens.consultant("consultant-01").bearer()));
        assertThat(forConsultant.statusCode()).isEqualTo(200);
        assertThat(Http.json(forConsultant).propertyNames()).containsExactlyInAnyOrder("consultationId", "name", "phone",
                "phoneE164");

        List<Document> entries = mongo.getCollection("auditEvents").find(Filters.and(Filters.eq("consultationId", id),
                Filters.eq("action", "CONTACT_READ"))).into(new java.util.ArrayList<>());
        assertThat(entries).extracting(d -> d.getString("actor"))
                .containsExactlyInAnyOrder("notification-service", "consultant.consultant-01");
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.getString("outcome")).isEqualTo("GRANTED");
            assertThat(entry.getString("chamberId")).isEqualTo("ichinomiya");
            assertThat(entry.getDate("at")).isNotNull();
            assertThat(entry.toJson()).doesNotContain(RequestBodies.NAME, RequestBodies.PHONE, RequestBodies.EMAIL,
                    RequestBodies.BUSINESS, "0475", "taro");
        });
        assertThat(entries).filteredOn(e -> e.getString("actor").startsWith("consultant."))
                .singleElement().satisfies(e -> assertThat(e.getList("roles", String.class)).containsExactly("CONSULTANT"));

        HttpResponse<String> listed = http.get("/api/v1/audit-events?consultationId=" + id + "&limit=10",
                Http.bearer(TestTokens.admin().bearer()));
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode page = Http.json(listed);
        assertThat(page.get("items").size()).isEqualTo(3);
        assertThat(page.get("items").get(0).get("action").asString()).as("newest first").isEqualTo("CONTACT_READ");
        assertThat(page.get("items").get(2).get("action").asString()).isEqualTo("STATUS_READ_BY_STAFF");
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        assertThat(listed.body()).doesNotContain(RequestBodies.NAME, RequestBodies.PHONE);

        for (String bearer : List.of(TestTokens.federationStaff().bearer(), TestTokens.operator().bearer(),
                TestTokens.client("notification-service", "intake.contact.read").bearer())) {
            assertThat(http.get("/api/v1/audit-events?consultationId=" + id, Http.bearer(bearer)).statusCode())
                    .isEqualTo(403);
        }
    }

    @Test
    void staffIntakeIsAuditedAndTheChannelIsWhoTookTheRequestIn() throws Exception {
        Http http = new Http(port);
        JsonNode byStaff = Http.json(http.post("/api/v1/consultation-requests",
                RequestBodies.with("\"channel\":\"WEB\"", "\"channel\":\"PHONE\""),
                Http.bearer(TestTokens.federationStaff().bearer())));
        JsonNode byAdvisor = Http.json(http.post("/api/v1/consultation-requests", RequestBodies.valid(),
                Http.bearer(TestTokens.advisor("ichinomiya").bearer())));
        JsonNode byOwner = Http.json(http.post("/api/v1/consultation-requests",
                RequestBodies.with("\"channel\":\"WEB\"", "\"channel\":\"PHONE\"")));

        assertThat(channel(byStaff)).isEqualTo("PHONE");
        assertThat(channel(byAdvisor)).isEqualTo("CHAMBER_ADVISOR");
        assertThat(channel(byOwner)).as("the web form cannot claim the phone desk").isEqualTo("WEB");
        Document staffEntry = mongo.getCollection("auditEvents").find(Filters.eq("consultationId",
                byStaff.get("consultationId").asString())).first();
        assertThat(staffEntry.getString("action")).isEqualTo("REQUEST_CREATED_BY_STAFF");
        assertThat(staffEntry.getString("actor")).isEqualTo("staff.test");
        assertThat(mongo.getCollection("auditEvents").countDocuments(Filters.eq("consultationId",
                byOwner.get("consultationId").asString()))).as("owners are not staff").isZero();
    }

    @Test
    void badListParametersAreProblems() throws Exception {
        Http http = new Http(port);
        String[] admin = Http.bearer(TestTokens.admin().bearer());
        for (String query : List.of("consultationId=not-a-uuid", "limit=201", "limit=0", "page=-1",
                "page=2147483647&limit=2", "from=yesterday", "from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")) {
            HttpResponse<String> response = http.get("/api/v1/audit-events?" + query, admin);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(Http.json(response).get("errors").get(0).get("field").asString()).isNotBlank();
        }
        assertThat(http.get("/api/v1/audit-events?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&limit=200",
                admin).statusCode()).isEqualTo(200);
    }

    private String channel(JsonNode view) {
        return mongo.getCollection("consultationRequests").find(Filters.eq("_id", view.get("consultationId").asString()))
                .first().getString("channel");
    }

    private static String contact(String id) {
        return "/api/v1/consultation-requests/" + id + "/contact";
    }
}
