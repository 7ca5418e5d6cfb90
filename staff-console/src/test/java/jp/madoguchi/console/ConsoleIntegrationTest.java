package jp.madoguchi.console;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jp.madoguchi.console.platform.ConsoleProperties;
import jp.madoguchi.console.staff.application.NewStaffUser;
import jp.madoguchi.console.staff.application.StaffUserAdministration;
import jp.madoguchi.console.staff.domain.Role;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/**
 * The whole console against the shared embedded Mongo, local profile (secrets in a throw-away directory).
 * Every test uses fresh user names and its own client address, because the context and the throttle are shared.
 */
@SpringBootTest(properties = {
        "madoguchi.console.local-secrets-dir=target/test-secrets",
        "madoguchi.console.clients.notification-service.secret=" + ConsoleIntegrationTest.NOTIFICATION_SECRET})
@AutoConfigureMockMvc
@ActiveProfiles("local")
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
public abstract class ConsoleIntegrationTest {

    protected static final String NOTIFICATION_SECRET = "test-notification-secret-0123456789";
    protected static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected StaffUserAdministration administration;
    @Autowired
    protected PasswordEncoder passwordEncoder;
    @Autowired
    protected JWKSource<SecurityContext> jwkSource;
    @Autowired
    protected ConsoleProperties console;

    protected String newUser(Role role, String chamberId, String consultantId) {
        String username = "t-" + role.name().toLowerCase().replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        administration.create("test", List.of(), new NewStaffUser(username, passwordEncoder.encode(PASSWORD),
                EnumSet.of(role), chamberId, consultantId));
        return username;
    }

    protected static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.1." + (n / 250) + "." + (n % 250 + 1);
    }

    protected MvcResult signIn(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })).andReturn();
    }

    protected MockHttpSession signedIn(String username) throws Exception {
        MvcResult result = signIn(username, PASSWORD, freshAddress());
        if (!"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("sign-in failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A token signed with the console's own key, as its token endpoint would issue it. */
    protected String tokenWithRoles(String subject, String... roles) {
        return tokenExpiringAt(Instant.now().plus(5, ChronoUnit.MINUTES), subject, roles);
    }

    /** A token of this console, signed with its key, that expires (or expired) at {@code expiresAt}. */
    protected String tokenExpiringAt(Instant expiresAt, String subject, String... roles) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(console.issuer()).subject(subject)
                .issuedAt(expiresAt.minus(5, ChronoUnit.MINUTES)).expiresAt(expiresAt)
                .claims(c -> c.putAll(Map.of("roles", List.of(roles)))).build();
        return new NimbusJwtEncoder(jwkSource).encode(JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims)).getTokenValue();
    }
}
