package jp.madoguchi.console.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import jp.madoguchi.console.ConsoleIntegrationTest;
import jp.madoguchi.console.staff.domain.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuthorizationServerIntegrationTest extends ConsoleIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    JwtDecoder jwtDecoder;

    @Test
    void notificationServiceGetsATokenWithOnlyItsScope() throws Exception {
        JsonNode response = json(mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic("notification-service", NOTIFICATION_SECRET))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Jwt jwt = jwtDecoder.decode(response.get("access_token").asString());
                assertThat(jwt.getSubject()).isEqualTo("notification-service");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("intake.contact.read");
        assertThat(jwt.getClaims()).doesNotContainKeys("roles", "chamber_id", "consultant_id");
        assertThat(jwt.getIssuer().toString()).isEqualTo(console.issuer());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256");
        assertThat(jwt.getExpiresAt()).isBeforeOrEqualTo(jwt.getIssuedAt().plusSeconds(15 * 60));
        // Issue #7: for intake only, so no other service takes it.
        assertThat(jwt.getAudience()).containsExactly("intake-service");
    }

    @Test
    void notificationServiceCannotAskForAnotherScopeOrUseAWrongSecret() throws Exception {
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic("notification-service", NOTIFICATION_SECRET))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("scope", "intake.contact.read intake.admin"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("invalid_scope"));
        mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, basic("notification-service", "not-the-secret"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void cliCannotUseClientCredentials() throws Exception {
        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "client_credentials").param("client_id", "madoguchi-cli"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void jwksAndDiscoveryArePublic() throws Exception {
        JsonNode jwks = json(mvc.perform(get("/oauth2/jwks")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        JsonNode key = jwks.get("keys").get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.has("kid")).isTrue();
        assertThat(key.has("d")).as("no private part").isFalse();

        JsonNode discovery = json(mvc.perform(get("/.well-known/openid-configuration")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(discovery.get("issuer").asString()).isEqualTo(console.issuer());
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(console.issuer() + "/oauth2/jwks");
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString()).contains("RS256");
        JsonNode metadata = json(mvc.perform(get("/.well-known/oauth-authorization-server"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(metadata.get("device_authorization_endpoint").asString())
                .isEqualTo(console.issuer() + "/oauth2/device_authorization");
    }

    @Test
    void personAtATerminalGetsATokenWithRolesAndChamberThroughTheDeviceFlow() throws Exception {
        String advisor = newUser(Role.CHAMBER_ADVISOR, "ichinomiya", null);

        JsonNode device = json(mvc.perform(post("/oauth2/device_authorization")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                        .param("scope", "madoguchi.staff"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(device.get("verification_uri").asString()).endsWith("/activate");
        String userCode = device.get("user_code").asString();
        String deviceCode = device.get("device_code").asString();

        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", deviceCode).param("client_id", "madoguchi-cli"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("authorization_pending"));

        // The browser part: /activate?user_code=... while signed in.
        MockHttpSession session = signedIn(advisor);
        String verification = mvc.perform(get("/activate").param("user_code", userCode).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String consentPage = mvc.perform(get(java.net.URI.create(verification)).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(consentPage).contains("/activate/consent");
        String page = mvc.perform(get(java.net.URI.create(consentPage)).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("端末からのサインインを許可しますか", userCode);
        approve(session, page, userCode);

        JsonNode token = json(mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", deviceCode).param("client_id", "madoguchi-cli"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        Jwt jwt = jwtDecoder.decode(token.get("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo(advisor);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CHAMBER_ADVISOR");
        assertThat(jwt.getClaimAsString("chamber_id")).isEqualTo("ichinomiya");
        assertThat(jwt.getClaims()).doesNotContainKey("consultant_id");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("madoguchi.staff");
        assertThat(jwt.getAudience()).containsExactlyInAnyOrder("intake-service", "scheduling-service",
                "notification-service", "analytics-service");
    }

    @Test
    void consultantTokenCarriesTheConsultantBinding() throws Exception {
        String consultant = newUser(Role.CONSULTANT, null, "consultant-07");
        Jwt jwt = jwtDecoder.decode(deviceFlowToken(consultant));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CONSULTANT");
        assertThat(jwt.getClaimAsString("consultant_id")).isEqualTo("consultant-07");
        assertThat(jwt.getClaims()).doesNotContainKey("chamber_id");
    }

    /**
     * Found by the outside probe (issue #7): once approved, opening an attacker's verification_uri_complete link
     * approved the attacker's device code at once. Consent for the device flow is asked every time.
     */
    @Test
    void aSecondDeviceCodeIsNeverApprovedWithoutTheConsentPage() throws Exception {
        String admin = newUser(Role.ADMIN, null, null);
        deviceFlowToken(admin);

        JsonNode attackers = json(mvc.perform(post("/oauth2/device_authorization")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                        .param("scope", "madoguchi.staff"))
                .andReturn().getResponse().getContentAsString());
        MockHttpSession session = signedIn(admin);
        String next = mvc.perform(get(java.net.URI.create(attackers.get("verification_uri_complete").asString()))
                        .session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        if (!next.contains("/activate/consent")) {
            next = mvc.perform(get(java.net.URI.create(next)).session(session))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        }
        assertThat(next).contains("/activate/consent").doesNotContain("/activated");

        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", attackers.get("device_code").asString()).param("client_id", "madoguchi-cli"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("authorization_pending"));
    }

    /** Found by the outside probe (issue #7): the verification URIs were built from the request's Host header. */
    @Test
    void theVerificationUriIsTheIssuersWhateverTheHostHeaderSays() throws Exception {
        JsonNode device = json(mvc.perform(post("/oauth2/device_authorization").header("Host", "evil.example")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                        .param("scope", "madoguchi.staff"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(device.get("verification_uri").asString()).isEqualTo(console.issuer() + "/activate");
        assertThat(device.get("verification_uri_complete").asString())
                .startsWith(console.issuer() + "/activate?user_code=");
    }

        /** Found by the outside probe (issue #7): any client could introspect any staff token. */
    @Test
    void noClientLearnsAnythingFromIntrospection() throws Exception {
        String staffToken = deviceFlowToken(newUser(Role.ADMIN, null, null));
        JsonNode answer = json(mvc.perform(post("/oauth2/introspect")
                        .header(HttpHeaders.AUTHORIZATION, basic("notification-service", NOTIFICATION_SECRET))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("token", staffToken))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(answer.get("active").asBoolean()).isFalse();
        assertThat(answer.has("sub")).isFalse();
        assertThat(answer.toString()).doesNotContain("ADMIN");
    }

        String deviceFlowToken(String username) throws Exception {
        JsonNode device = json(mvc.perform(post("/oauth2/device_authorization")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                        .param("scope", "madoguchi.staff"))
                .andReturn().getResponse().getContentAsString());
        MockHttpSession session = signedIn(username);
        String userCode = device.get("user_code").asString();
        String consentPage = mvc.perform(get("/oauth2/device_verification?user_code=" + userCode).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        approve(session, mvc.perform(get(java.net.URI.create(consentPage)).session(session)).andReturn().getResponse()
                .getContentAsString(), userCode);
        return json(mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", device.get("device_code").asString()).param("client_id", "madoguchi-cli"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("access_token").asString();
    }

    /** Presses 許可する on the consent page. */
    void approve(MockHttpSession session, String consentPage, String userCode) throws Exception {
        java.util.regex.Matcher state = java.util.regex.Pattern.compile("name=\"state\" value=\"([^\"]+)\"")
                .matcher(consentPage);
        assertThat(state.find()).isTrue();
        mvc.perform(post("/oauth2/device_verification").session(session)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("client_id", "madoguchi-cli").param("state", state.group(1))
                        .param("user_code", userCode).param("scope", "madoguchi.staff"))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/activated"));
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
