package jp.madoguchi.intake.security;

import static jp.madoguchi.intake.security.StatusTokenIntegrationTest.withoutInstance;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

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

/** Another chamber's or consultant's request answers exactly like a request that does not exist. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ObjectLevelAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdvisorOfChamberAAskingForChamberBsRequestGetsTheUnknownIdAnswer() throws Exception {
        Http http = new Http(port);
        String chamberB = Fixtures.submitted(http, "yachimata").get("consultationId").asString();
        String[] advisorA = Http.bearer(TestTokens.advisor("ichinomiya").bearer());

        HttpResponse<String> othersRequest = http.get("/api/v1/consultation-requests/" + chamberB, advisorA);
        HttpResponse<String> unknown = http.get("/api/v1/consultation-requests/" + UUID.randomUUID(), advisorA);

        assertThat(othersRequest.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(withoutInstance(othersRequest)).isEqualTo(withoutInstance(unknown));
        assertThat(othersRequest.body()).doesNotContain("yachimata", "MD-");
        assertThat(http.get("/api/v1/consultation-requests/" + chamberB,
                Http.bearer(TestTokens.advisor("yachimata").bearer())).statusCode()).isEqualTo(200);
    }

    @Test
    void aConsultantNotAssignedGetsTheUnknownIdAnswerForContactDetails() throws Exception {
        Http http = new Http(port);
        String id = Fixtures.submitted(http, "ichinomiya").get("consultationId").asString();
        Fixtures.scheduled(http, id, "consultant-01");
        String[] otherConsultant = Http.bearer(TestTokens.consultant("consultant-02").bearer());

        HttpResponse<String> notAssigned = http.get("/api/v1/consultation-requests/" + id + "/contact", otherConsultant);
        HttpResponse<String> unknown = http.get("/api/v1/consultation-requests/" + UUID.randomUUID() + "/contact",
                otherConsultant);

        assertThat(notAssigned.statusCode()).isEqualTo(404);
        assertThat(withoutInstance(notAssigned)).isEqualTo(withoutInstance(unknown));
        assertThat(notAssigned.body()).doesNotContain("山田", "0475");
    }

    @Test
    void anAdvisorTakesRequestsInForTheirOwnChamberOnly() throws Exception {
        Http http = new Http(port);
        String[] advisorA = Http.bearer(TestTokens.advisor("ichinomiya").bearer());
        String marker = "ADV-" + UUID.randomUUID().toString().substring(0, 8);
        String forChamberB = RequestBodies.with("\"chamberId\":\"ichinomiya\"",
                "\"chamberId\":\"yachimata\"").replace("FLYER-2026-AUTUMN", marker);

        HttpResponse<String> refused = http.post("/api/v1/consultation-requests", forChamberB, advisorA);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(mongoCount(marker)).as("nothing stored").isZero();
    }

    private long mongoCount(String campaignCode) {
        return mongo.getCollection("consultationRequests")
                .countDocuments(Filters.eq("campaignCode", campaignCode));
    }
}
