package jp.madoguchi.console.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import jp.madoguchi.console.ConsoleIntegrationTest;
import jp.madoguchi.console.audit.application.AuditLog;
import jp.madoguchi.console.audit.application.AuditQuery;
import jp.madoguchi.console.audit.domain.AuditEvent;
import jp.madoguchi.console.staff.domain.Role;

class SignInIntegrationTest extends ConsoleIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Test
    void signInPageIsJapaneseWithACsrfProtectedForm() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("lang=\"ja\""),
                        org.hamcrest.Matchers.containsString("サインイン"),
                        org.hamcrest.Matchers.containsString("name=\"_csrf\""),
                        org.hamcrest.Matchers.containsString("<label for=\"password\">パスワード</label>"))));
    }

    @Test
    void anonymousVisitorIsSentToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void advisorSignsInSeesBindingAndSignsOut() throws Exception {
        String advisor = newUser(Role.CHAMBER_ADVISOR, "ichinomiya", null);
        MockHttpSession session = signedIn(advisor);

        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString(advisor),
                        org.hamcrest.Matchers.containsString("商工会 経営指導員（CHAMBER_ADVISOR）"),
                        org.hamcrest.Matchers.containsString("ichinomiya"))));

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        assertThat(auditLog.find(new AuditQuery(advisor, "SIGN_IN", null, null, 10)))
                .extracting(AuditEvent::outcome).containsExactly("SUCCESS");
    }

    /**
     * Issue #7, finding 11: five wrong passwords from anywhere locked the name for 15 minutes, the real person
     * included. Now only the guessing address waits, and it is refused without its password being checked.
     */
    @Test
    void failuresFromOneAddressMakeItWaitButNeverKeepTheRealPersonOut() throws Exception {
        String user = newUser(Role.ANALYST, null, null);
        String attacker = freshAddress();
        for (int i = 0; i < 6; i++) {
            assertThat(signIn(user, "wrong-" + i, attacker).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        assertThat(signIn(user, PASSWORD, attacker).getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
        mvc.perform(get("/login").param("wait", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("少し時間をおいてから")));
        assertThat(signIn(user, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(auditLog.find(new AuditQuery(user, "SIGN_IN", null, null, 10)))
                .extracting(AuditEvent::outcome)
                .containsExactly("SUCCESS", "THROTTLED", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE",
                        "FAILURE");
    }

    @Test
    void manyFailuresFromOneAddressMakeThatAddressWait() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < 21; i++) {
            signIn("nobody-" + i + "-" + System.nanoTime(), "wrong", address);
        }
        String user = newUser(Role.OPERATOR, null, null);

        assertThat(signIn(user, PASSWORD, address).getResponse().getRedirectedUrl()).isEqualTo("/login?wait");
        assertThat(signIn(user, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    /** Issue #7, finding 11: an IPv6 host owns a whole /64 and took a fresh address for every guess. */
    @Test
    void anIpv6ClientWaitsForItsWholeSlash64() throws Exception {
        for (int i = 0; i < 21; i++) {
            signIn("nobody-" + i + "-" + System.nanoTime(), "wrong", "2001:db8:7:7::" + Integer.toHexString(i + 1));
        }
        String user = newUser(Role.OPERATOR, null, null);

        assertThat(signIn(user, PASSWORD, "2001:db8:7:7:abcd::1").getResponse().getRedirectedUrl())
                .isEqualTo("/login?wait");
        assertThat(signIn(user, PASSWORD, "2001:db8:7:8::1").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String user = newUser(Role.FEDERATION_STAFF, null, null);
        // MockMvc has no servlet container cookie; the container's settings are asserted on the properties.
        assertThat(signIn(user, PASSWORD, freshAddress()).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(environment.getProperty("server.servlet.session.cookie.http-only")).isEqualTo("true");
        assertThat(environment.getProperty("server.servlet.session.cookie.same-site")).isEqualTo("lax");
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(console.sessionLifetime()).isEqualTo(java.time.Duration.ofHours(8));
    }

    @Autowired
    org.springframework.core.env.Environment environment;
}
