package jp.madoguchi.console.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import jp.madoguchi.console.ConsoleIntegrationTest;
import jp.madoguchi.console.audit.application.AuditLog;
import jp.madoguchi.console.audit.application.AuditQuery;
import jp.madoguchi.console.audit.domain.AuditEvent;
import jp.madoguchi.console.staff.domain.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #7, finding 11: a disabled staff member's session went on working and could still mint tokens. Disabling
 * now ends their sessions and refuses them every token from then on.
 */
class DisabledStaffIntegrationTest extends ConsoleIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AuditLog auditLog;

    @Test
    void disablingEndsTheSessionsAndRefusesTheTokenOfAnAlreadyApprovedDeviceCode() throws Exception {
        String member = newUser(Role.FEDERATION_STAFF, null, null);
        MockHttpSession browser = signedIn(member);
        MockHttpSession otherBrowser = signedIn(member);
        String deviceCode = approvedDeviceCode(browser);

        disable(member).andExpect(status().isNoContent());

        mvc.perform(get("/").session(browser)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/").session(otherBrowser)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", deviceCode).param("client_id", "madoguchi-cli"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("invalid_grant"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("access_token"));
        assertThat(signIn(member, PASSWORD, freshAddress()).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(auditLog.find(new AuditQuery(null, "STAFF_USER_DISABLED", null, null, 500)))
                .filteredOn(e -> member.equals(e.target())).extracting(AuditEvent::outcome)
                .containsExactly("SUCCESS");
    }

    /** The second guard: a grant approved in a session that was not ended (e.g. on another console instance). */
    @Test
    void aDisabledMemberGetsNoTokenEvenFromAGrantThatSurvived() throws Exception {
        String member = newUser(Role.ANALYST, null, null);
        MockHttpSession browser = signedIn(member);
        String deviceCode = approvedDeviceCode(browser);
        administrationWithoutEndingAccess(member);

        mvc.perform(post("/oauth2/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("grant_type", "urn:ietf:params:oauth:grant-type:device_code")
                        .param("device_code", deviceCode).param("client_id", "madoguchi-cli"))
                .andExpect(status().isBadRequest())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("invalid_grant"));
    }

    @Test
    void onlyAnAdminDisablesAndAnUnknownNameIsNotFound() throws Exception {
        String member = newUser(Role.CONSULTANT, null, "consultant-09");
        mvc.perform(post("/api/v1/staff-users/{username}/disable", member)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("op", "OPERATOR")))
                .andExpect(status().isForbidden());
        disable("nobody-" + System.nanoTime()).andExpect(status().isNotFound());
        signedIn(member);
    }

    private org.springframework.test.web.servlet.ResultActions disable(String username) throws Exception {
        return mvc.perform(post("/api/v1/staff-users/{username}/disable", username)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenWithRoles("admin.test", "ADMIN")));
    }

    @Autowired
    jp.madoguchi.console.staff.application.StaffUserStore store;

    /** Disables in the store only, as another instance's administration would: this instance's grants remain. */
    private void administrationWithoutEndingAccess(String member) {
        store.replace(store.find(member).orElseThrow().disabled());
    }

    /** Starts the device flow as madoguchi-cli and approves it on the consent page, without polling. */
    private String approvedDeviceCode(MockHttpSession session) throws Exception {
        JsonNode device = JSON.readTree(mvc.perform(post("/oauth2/device_authorization")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("client_id", "madoguchi-cli")
                        .param("scope", "madoguchi.staff"))
                .andReturn().getResponse().getContentAsString());
        String userCode = device.get("user_code").asString();
        String consentPage = mvc.perform(get("/oauth2/device_verification?user_code=" + userCode).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(URI.create(consentPage)).session(session)).andReturn().getResponse()
                .getContentAsString();
        Matcher state = Pattern.compile("name=\"state\" value=\"([^\"]+)\"").matcher(page);
        assertThat(state.find()).as(page).isTrue();
        mvc.perform(post("/oauth2/device_verification").session(session)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("client_id", "madoguchi-cli").param("state", state.group(1))
                        .param("user_code", userCode).param("scope", "madoguchi.staff"))
                .andExpect(status().is3xxRedirection());
        return device.get("device_code").asString();
    }
}
