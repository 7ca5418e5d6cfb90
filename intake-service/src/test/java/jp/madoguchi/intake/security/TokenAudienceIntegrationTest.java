package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;

/**
 * Found by the outside probe (issue #7): an OIDC id_token was taken for an access token, and tokens without
 * {@code aud} or {@code exp} were accepted. Intake takes only tokens meant for intake that expire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class TokenAudienceIntegrationTest {

    private static final String AUDIT = "/api/v1/audit-events";

    @LocalServerPort
    int port;

    @Test
    void onlyATokenForIntakeThatExpiresIsAccepted() throws Exception {
        Http http = new Http(port);
        assertThat(http.get(AUDIT, Http.bearer(TestTokens.admin().bearer())).statusCode()).isEqualTo(200);
        assertThat(http.get(AUDIT, Http.bearer(TestTokens.admin().audience("intake-service").bearer())).statusCode())
                .isEqualTo(200);

        assertThat(http.get(AUDIT, Http.bearer(TestTokens.admin().audience("staff-console").bearer())).statusCode())
                .as("an id_token: the client is its audience").isEqualTo(401);
        assertThat(http.get(AUDIT, Http.bearer(TestTokens.admin().audience("scheduling-service").bearer()))
                .statusCode()).as("another service's token").isEqualTo(401);
        assertThat(http.get(AUDIT, Http.bearer(TestTokens.admin().audience().bearer())).statusCode())
                .as("no aud").isEqualTo(401);
        assertThat(http.get(AUDIT, Http.bearer(TestTokens.admin().withoutExpiry().bearer())).statusCode())
                .as("no exp").isEqualTo(401);
    }
}
