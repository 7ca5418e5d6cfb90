package jp.madoguchi.console.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import jp.madoguchi.console.ConsoleIntegrationTest;
import jp.madoguchi.console.staff.domain.Role;

class OperationsAndAuditIntegrationTest extends ConsoleIntegrationTest {

    @Test
    void healthIsOpenForProbesWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/prometheus", "/actuator/metrics", "/actuator/info", "/actuator/loggers"})
    void restOfTheActuatorNeedsOperator(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("a", "ANALYST", "ADMIN")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("o", "OPERATOR")))
                .andExpect(status().isOk());
    }

    /** Found by the outside probe (issue #7): the console allowed 60 s of clock skew where ADR 0002 says 30. */
    @Test
    void aTokenExpiredMoreThanThirtySecondsAgoIsRefused() throws Exception {
        mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + tokenExpiringAt(java.time.Instant.now().minusSeconds(45), "o", "OPERATOR")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + tokenExpiringAt(java.time.Instant.now().minusSeconds(10), "o", "OPERATOR")))
                .andExpect(status().isOk());
    }

    /** Found by the outside probe (issue #7): an operator turned the Mongo driver to DEBUG and read hashes. */
    @Test
    void logLevelsAreReadOnlyEvenForOperators() throws Exception {
        String operator = "Bearer " + tokenWithRoles("o", "OPERATOR");
        mvc.perform(post("/actuator/loggers/org.mongodb.driver").header(HttpHeaders.AUTHORIZATION, operator)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"configuredLevel\":\"DEBUG\"}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isBetween(400, 499));
        mvc.perform(get("/actuator/loggers/org.mongodb.driver").header(HttpHeaders.AUTHORIZATION, operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.effectiveLevel").value(org.hamcrest.Matchers.not("DEBUG")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/env", "/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops"})
    void sensitiveEndpointsAreNotExposedEvenToOperators(String path) throws Exception {
        mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("o", "OPERATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void prometheusShowsSignInsAndIssuedTokens() throws Exception {
        signedIn(newUser(Role.ANALYST, null, null));
        mvc.perform(get("/actuator/prometheus")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("o", "OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "madoguchi_console_signins_total{application=\"staff-console\",outcome=\"success\"}")));
    }

    @Test
    void auditEventsAreForAdminsByTokenOrSession() throws Exception {
        String analyst = newUser(Role.ANALYST, null, null);
        signedIn(analyst);

        mvc.perform(get("/api/v1/audit-events").param("actor", analyst)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("adm", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value(analyst))
                .andExpect(jsonPath("$[0].action").value("SIGN_IN"))
                .andExpect(jsonPath("$[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$[0].remoteAddress").exists())
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/v1/audit-events").param("action", "STAFF_USER_CREATED")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("adm", "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].target", org.hamcrest.Matchers.hasItem(analyst)));

        String admin = newUser(Role.ADMIN, null, null);
        mvc.perform(get("/api/v1/audit-events").param("actor", admin).session(signedIn(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].action").value("SIGN_IN"));
        mvc.perform(get("/api/v1/audit-events").session(signedIn(newUser(Role.OPERATOR, null, null))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit-events")).andExpect(status().isUnauthorized());
    }

    @Test
    void tokensOfAnotherIssuerOrKeyAreRefused() throws Exception {
        mvc.perform(get("/api/v1/audit-events").header(HttpHeaders.AUTHORIZATION,
                        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiQURNSU4iXX0."))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
                        org.hamcrest.Matchers.containsString("invalid_token")));
    }

    @Test
    void badFilterIsAProblemNamingTheField() throws Exception {
        mvc.perform(get("/api/v1/audit-events").param("from", "yesterday")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("adm", "ADMIN")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
