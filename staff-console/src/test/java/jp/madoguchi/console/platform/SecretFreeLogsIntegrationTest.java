package jp.madoguchi.console.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import jp.madoguchi.console.staff.application.NewStaffUser;
import jp.madoguchi.console.staff.application.StaffUserAdministration;
import jp.madoguchi.console.staff.domain.Role;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #7, finding 4: no log line may contain a password, a hash, a token or a secret, at any level. Everything
 * that handles them runs here with the root logger, the Mongo driver and Spring Security at DEBUG: sign-in, the
 * device flow to a token, client credentials, and an administrator disabling a staff member.
 */
@SpringBootTest(properties = {
        "madoguchi.console.local-secrets-dir=target/test-secrets",
        "madoguchi.console.clients.notification-service.secret=" + SecretFreeLogsIntegrationTest.CLIENT_SECRET,
        "logging.level.root=DEBUG", "logging.level.org.mongodb.driver=DEBUG",
        "logging.level.org.springframework.security=DEBUG", "logging.level.jp.madoguchi=DEBUG",
        // The in-JVM stand-in for the database server; the real one runs and logs in its own process.
        "logging.level.de.bwaldvogel=INFO"})
@AutoConfigureMockMvc
@ActiveProfiles("local")
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class SecretFreeLogsIntegrationTest {

    static final String CLIENT_SECRET = "log-test-client-secret-0123456789";
    private static final String PASSWORD = "log test password 8c1f";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserAdministration administration;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void noPasswordHashTokenOrSecretIsEverLogged(CapturedOutput output) throws Exception {
        String member = "log-" + UUID.randomUUID().toString().substring(0, 8);
        String hash = passwordEncoder.encode(PASSWORD);
        administration.create("test", List.of(), new NewStaffUser(member, hash, EnumSet.of(Role.FEDERATION_STAFF),
                null, null));
        String admin = "log-admin-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create("test", List.of(), new NewStaffUser(admin, passwordEncoder.encode(PASSWORD),
                EnumSet.of(Role.ADMIN), null, null));

        MockHttpSession session = signIn(member);
        mvc.perform(post("/login").param("username", member).param("password", "wrong " + PASSWORD).with(csrf()));
        String deviceToken = deviceFlowToken(session);
        String clientToken = JSON.readTree(mvc.perform(post("/oauth2/token")
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString(
                                ("notification-service:" + CLIENT_SECRET).getBytes()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("access_token").asString();
        MockHttpSession adminSession = signIn(admin);
        mvc.perform(post("/api/v1/staff-users/{username}/disable", member).session(adminSession).with(csrf()))
                .andExpect(status().isNoContent());

        assertThat(output.getAll()).as("DEBUG logging ran").contains("DEBUG");
        assertThat(output.getAll().lines()).filteredOn(line -> line.contains(member)).isNotEmpty();
        assertThat(output.getAll().lines()).as("log lines with a secret in them")
                .filteredOn(line -> line.contains(PASSWORD) || line.contains(hash) || line.contains(hash.substring(8))
                        || line.contains("$2a$") || line.contains("{bcrypt}") || line.contains("$argon2")
                        || line.contains(deviceToken) || line.contains(clientToken)
                        || line.contains(deviceToken.substring(deviceToken.lastIndexOf('.') + 1))
                        || line.contains(CLIENT_SECRET))
                .isEmpty();
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(post("/login").param("username", username).param("password", PASSWORD)
                .with(csrf())).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String deviceFlowToken(MockHttpSession session) throws Exception {
        JsonNode device = JSON.readTree(mvc.perform(post("/oauth2/device_authorization")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                        .param("scope", "madoguchi.staff"))
                .andReturn().getResponse().getContentAsString());
        String userCode = device.get("user_code").asString();
        String consentPage = mvc.perform(get("/oauth2/device_verification?user_code=" + userCode).session(session))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(URI.create(consentPage)).session(session)).andReturn().getResponse()
                .getContentAsString();
        Matcher state = Pattern.compile("name=\"state\" value=\"([^\"]+)\"").matcher(page);
        assertThat(state.find()).as(page).isTrue();
        mvc.perform(post("/oauth2/device_verification").session(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                .param("state", state.group(1)).param("user_code", userCode).param("scope", "madoguchi.staff"));
        return JSON.readTree(mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", device.get("device_code").asString())
                        .param("client_id", "madoguchi-cli"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .get("access_token").asString();
    }
}
