package jp.madoguchi.console.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jp.madoguchi.console.platform.ConsoleProperties;
import jp.madoguchi.console.staff.application.NewStaffUser;
import jp.madoguchi.console.staff.application.StaffUserAdministration;
import jp.madoguchi.console.staff.domain.Role;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADR 0002 for the console itself, over real HTTP: every endpoint × every kind of caller → the agreed status.
 * The table is the specification. A controller mapping or an exposed actuator operation without a row fails
 * {@link #everyEndpointHasARow()}; a row missing a caller fails {@link #everyRowIsComplete()}.
 * <p>
 * Valid tokens are signed with the console's own key and issuer (as its token endpoint signs them); the two
 * client tokens come from the real token endpoint. Every bad token carries {@code roles: [ADMIN, OPERATOR]}, so a
 * 401 can only come from validation, never from a role check.
 * <p>
 * Browser pages are called as a browser would ({@code Accept: text/html}) and without a session: a bearer token
 * opens no page — {@code 302} always means "to the sign-in page", checked on {@code Location}. That includes the
 * authorization server's own pages ({@code /oauth2/authorize}, {@code /oauth2/device_verification}): a bearer
 * token there would let a stolen access token be swapped for fresh ones.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "madoguchi.console.local-secrets-dir=target/test-secrets",
        "madoguchi.console.clients.notification-service.secret=" + AuthorizationMatrixIntegrationTest.NOTIFICATION_SECRET,
        "madoguchi.console.clients.metrics-scraper.secret=" + AuthorizationMatrixIntegrationTest.METRICS_SECRET})
@ActiveProfiles("local")
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

    static final String NOTIFICATION_SECRET = "matrix-notification-secret-0123456789";
    static final String METRICS_SECRET = "matrix-metrics-secret-0123456789";
    private static final String PASSWORD = "correct horse battery staple";

    /** The columns of {@link #MATRIX}, in order. */
    enum Who {
        NO_TOKEN,
        /** The console's key id and issuer, signed by another key. */
        FORGED,
        ALG_NONE,
        /** The console's key and issuer, expired an hour ago. */
        EXPIRED,
        /** The console's key, another issuer. */
        WRONG_ISSUER,
        /** {@link TestTokens}' ADMIN: another identity provider altogether (its key and issuer). */
        OTHER_IDP,
        FEDERATION_STAFF, CHAMBER_ADVISOR, CONSULTANT, ANALYST, OPERATOR, ADMIN,
        /** Client credentials of {@code notification-service}: scope {@code intake.contact.read}. */
        NOTIFICATION_CLIENT,
        /** Client credentials of {@code metrics-scraper}: scope {@code metrics.read}. */
        METRICS_CLIENT
    }

    // @formatter:off
    private static final String MATRIX = """
            endpoint                                   none forged algNone expired wrongIss otherIdp staff advisor consultant analyst operator admin notifyClient metricsClient
            GET /api/v1/audit-events                   401  401    401     401     401      401      403   403     403        403     403      200   403          403
            POST /api/v1/staff-users/{username}/disable 403 401   401     401     401      401      403   403     403        403     403      404   403          403
            GET /actuator                              401  401    401     401     401      401      403   403     403        403     200      403   403          403
            GET /actuator/health                       200  401    401     401     401      401      200   200     200        200     200      200   200          200
            GET /actuator/health/{*path}               200  401    401     401     401      401      200   200     200        200     200      200   200          200
            GET /actuator/prometheus                   401  401    401     401     401      401      403   403     403        403     200      403   403          200
            GET /actuator/metrics                      401  401    401     401     401      401      403   403     403        403     200      403   403          403
            GET /actuator/metrics/{requiredMetricName} 401  401    401     401     401      401      403   403     403        403     200      403   403          403
            GET /actuator/loggers                      401  401    401     401     401      401      403   403     403        403     200      403   403          403
            GET /actuator/loggers/{name}               401  401    401     401     401      401      403   403     403        403     200      403   403          403
            POST /actuator/loggers/{name}              403  401    401     401     401      401      403   403     403        403     405      403   403          403
            GET /actuator/info                         401  401    401     401     401      401      403   403     403        403     200      403   403          403
            GET /actuator/env                          401  401    401     401     401      401      403   403     403        403     404      403   403          403
            GET /actuator/heapdump                     401  401    401     401     401      401      403   403     403        403     404      403   403          403
            GET /actuator/threaddump                   401  401    401     401     401      401      403   403     403        403     404      403   403          403
            GET /actuator/configprops                  401  401    401     401     401      401      403   403     403        403     404      403   403          403
            GET /oauth2/jwks                           200  200    200     200     200      200      200   200     200        200     200      200   200          200
            GET /.well-known/openid-configuration      200  200    200     200     200      200      200   200     200        200     200      200   200          200
            GET /.well-known/oauth-authorization-server 200 200    200     200     200      200      200   200     200        200     200      200   200          200
            GET /login                                 200  200    200     200     200      200      200   200     200        200     200      200   200          200
            GET /activate                              200  200    200     200     200      200      200   200     200        200     200      200   200          200
            GET /                                      302  302    302     302     302      302      302   302     302        302     302      302   302          302
            GET /activate/consent                      302  302    302     302     302      302      302   302     302        302     302      302   302          302
            GET /activated                             302  302    302     302     302      302      302   302     302        302     302      302   302          302
            GET /oauth2/authorize                      302  302    302     302     302      302      302   302     302        302     302      302   302          302
            GET /oauth2/device_verification            302  302    302     302     302      302      302   302     302        302     302      302   302          302
            """;
    // @formatter:on

    /*
     * Notes on the table:
     * - POST /actuator/loggers/{name} and POST /api/v1/staff-users/{username}/disable without any token are
     *   refused by the CSRF check (403) before authentication:
     *   the API chain also accepts the session, so a session-less form POST must not pass; with a bearer token
     *   CSRF does not apply and the usual 401/403 follow. Even an OPERATOR cannot change a level (405): the
     *   loggers endpoint is read-only (issue #7: a DEBUG Mongo driver wrote password hashes into the log).
     * - An ADMIN disabling a staff member who does not exist gets 404 (the row names nobody, so the matrix
     *   disables no one).
     * - /actuator/env, heapdump, threaddump, configprops are not exposed: the OPERATOR rule lets the request
     *   through and nothing answers (404); everyone else is refused before that.
     * - /activate is a public form (type the code shown in the terminal); it shows nothing and grants nothing —
     *   it submits to /oauth2/device_verification, which asks for the sign-in first.
     */

    /** Handlers that are not endpoints of the console's and are not in the table: Boot's error page (/error). */
    private static final Set<String> NOT_IN_MATRIX_HANDLERS = Set.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController");

    /** Concrete requests for the rows whose path is a template or that need parameters. */
    private static final Map<String, String> CONCRETE = Map.of(
            "/actuator/health/{*path}", "/actuator/health/readiness",
            "/actuator/metrics/{requiredMetricName}", "/actuator/metrics/jvm.memory.used",
            "/actuator/loggers/{name}", "/actuator/loggers/jp.madoguchi",
            "/api/v1/staff-users/{username}/disable", "/api/v1/staff-users/nobody.matrix/disable",
            "/activate/consent", "/activate/consent?client_id=madoguchi-cli&user_code=BCDF-GHJK&state=s",
            "/oauth2/device_verification", "/oauth2/device_verification?user_code=BCDF-GHJK");

    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    WebEndpointsSupplier actuatorEndpoints;
    @Autowired
    JWKSource<SecurityContext> jwkSource;
    @Autowired
    ConsoleProperties console;

    @Autowired
    StaffUserAdministration administration;
    @Autowired
    PasswordEncoder passwordEncoder;

    private final Map<Who, String> bearers = new LinkedHashMap<>();

    @BeforeAll
    void tokens() throws Exception {
        String issuer = console.issuer();
        JWK own = jwkSource.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA).build()), null).get(0);
        RSAKey foreign = new RSAKeyGenerator(2048).keyID(own.getKeyID()).keyUse(KeyUse.SIGNATURE).generate();
        NimbusJwtEncoder ownKey = new NimbusJwtEncoder(jwkSource);
        NimbusJwtEncoder foreignKey = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(foreign)));
        Instant now = Instant.now();

        bearers.put(Who.FORGED, sign(foreignKey, claims(issuer, now, "ADMIN", "OPERATOR")));
        bearers.put(Who.ALG_NONE, unsigned(claims(issuer, now, "ADMIN", "OPERATOR")));
        bearers.put(Who.EXPIRED, sign(ownKey, claims(issuer, now.minus(Duration.ofHours(2)), "ADMIN", "OPERATOR")));
        bearers.put(Who.WRONG_ISSUER, sign(ownKey, claims("https://idp.example.org", now, "ADMIN", "OPERATOR")));
        bearers.put(Who.OTHER_IDP, TestTokens.user("admin.other-idp", "ADMIN", "OPERATOR").jwt());
        bearers.put(Who.FEDERATION_STAFF, sign(ownKey, claims(issuer, now, "FEDERATION_STAFF")));
        bearers.put(Who.CHAMBER_ADVISOR, sign(ownKey, JwtClaimsSet.from(claims(issuer, now, "CHAMBER_ADVISOR"))
                .claim("chamber_id", "ichinomiya").build()));
        bearers.put(Who.CONSULTANT, sign(ownKey, JwtClaimsSet.from(claims(issuer, now, "CONSULTANT"))
                .claim("consultant_id", "consultant-01").build()));
        bearers.put(Who.ANALYST, sign(ownKey, claims(issuer, now, "ANALYST")));
        bearers.put(Who.OPERATOR, sign(ownKey, claims(issuer, now, "OPERATOR")));
        bearers.put(Who.ADMIN, sign(ownKey, claims(issuer, now, "ADMIN")));
        bearers.put(Who.NOTIFICATION_CLIENT, clientCredentials("notification-service", NOTIFICATION_SECRET));
        bearers.put(Who.METRICS_CLIENT, clientCredentials("metrics-scraper", METRICS_SECRET));
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        rows().forEach((endpoint, expected) -> expected.forEach((who, status) -> cells.add(
                Arguments.of(endpoint, who, status))));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(String endpoint, Who who, int expected) throws Exception {
        String[] methodAndPath = endpoint.split(" ");
        String path = methodAndPath[1];
        HttpResponse<String> response = send(methodAndPath[0], concrete(path), who);

        assertThat(response.statusCode()).as("%s as %s: %s", endpoint, who, response.body()).isEqualTo(expected);
        boolean api = path.startsWith("/api/") || path.startsWith("/actuator");
        if (expected == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        }
        if (api && (expected == 401 || expected == 403)) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(expected);
        }
        if (expected == 302) {
            assertThat(response.headers().firstValue("Location")).as("%s as %s", endpoint, who)
                    .hasValueSatisfying(location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
        }
    }

    /**
     * The other side of the 302 rows: the same requests do open with a signed-in session, so the refusals above
     * are about the missing session and not about a malformed request.
     */
    @Test
    void aSignedInSessionOpensWhatABearerTokenDoesNot() throws Exception {
        String username = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        administration.create("test", List.of(), new NewStaffUser(username, passwordEncoder.encode(PASSWORD),
                EnumSet.of(Role.FEDERATION_STAFF), null, null));
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String signInPage = browser.send(page("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(signInPage);
        assertThat(csrf.find()).as(signInPage).isTrue();
        HttpResponse<String> signIn = browser.send(page("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(URI.create(location).getPath()).isEqualTo("/"));

        assertThat(browser.send(page("/").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> authorize = browser.send(page(concrete("/oauth2/authorize")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login/oauth2/code/staff-console?code="));
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!NOT_IN_MATRIX_HANDLERS.contains(handler.getBeanType().getName())) {
                served.addAll(keys(info));
            }
        });
        actuatorEndpoints.getEndpoints().forEach(endpoint -> endpoint.getOperations().forEach(operation -> {
            String path = operation.getRequestPredicate().getPath().replaceFirst("^/?(actuator/)?", "");
            served.add(operation.getRequestPredicate().getHttpMethod().name() + " /actuator/" + path);
        }));
        served.add("GET /actuator"); // the links page Boot adds next to the exposed endpoints

        assertThat(served).as("the console serves controllers and actuator endpoints").contains("GET /login",
                "GET /api/v1/audit-events", "GET /actuator/prometheus");
        assertThat(rows().keySet()).as("endpoints served by the console; add a row to MATRIX for a new one")
                .containsAll(served);
    }

    @Test
    void everyRowIsComplete() {
        rows().forEach((endpoint, expected) -> assertThat(expected.keySet()).as(endpoint)
                .containsExactly(Who.values()));
    }

    private static Map<String, Map<Who, Integer>> rows() {
        Map<String, Map<Who, Integer>> rows = new LinkedHashMap<>();
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Map<Who, Integer> expected = new LinkedHashMap<>();
            if (cells.length - 2 != Who.values().length) {
                throw new IllegalStateException(line.trim() + ": " + (cells.length - 2) + " statuses for "
                        + Who.values().length + " callers");
            }
            for (int i = 2; i < cells.length; i++) {
                expected.put(Who.values()[i - 2], Integer.parseInt(cells[i]));
            }
            rows.put(cells[0] + " " + cells[1], expected);
        }
        return rows;
    }

    private static List<String> keys(RequestMappingInfo info) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
            methods.add("ANY");
        }
        List<String> keys = new ArrayList<>();
        for (String method : methods) {
            for (String pattern : info.getPatternValues()) {
                keys.add(method + " " + pattern);
            }
        }
        return keys;
    }

    private String concrete(String path) throws Exception {
        if (path.equals("/oauth2/authorize")) {
            // A complete, valid request of the console's own PKCE client: signed in, it would answer with a code.
            String redirectUri = console.staffConsoleRedirectUri();
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest
                    .getInstance("SHA-256").digest("a-verifier-of-at-least-43-characters-0123456789"
                            .getBytes(StandardCharsets.US_ASCII)));
            return path + "?response_type=code&client_id=staff-console&scope=openid&state=s&redirect_uri="
                    + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&code_challenge=" + challenge
                    + "&code_challenge_method=S256";
        }
        return CONCRETE.getOrDefault(path, path);
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml");
    }

    private HttpResponse<String> send(String method, String path, Who who) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"configuredLevel\":\"INFO\"}"));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (!path.startsWith("/api/") && !path.startsWith("/actuator")) {
            request.header("Accept", "text/html,application/xhtml+xml");
        }
        String bearer = bearers.get(who);
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String clientCredentials(String clientId, String secret) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asString();
    }

    private static JwtClaimsSet claims(String issuer, Instant issuedAt, String... roles) {
        return JwtClaimsSet.builder().issuer(issuer).subject("matrix-" + UUID.randomUUID())
                .issuedAt(issuedAt).expiresAt(issuedAt.plus(Duration.ofMinutes(15)))
                .claim("roles", List.of(roles)).build();
    }

    private static String sign(NimbusJwtEncoder encoder, JwtClaimsSet claims) {
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(JwtClaimsSet claims) {
        Map<String, Object> body = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> body.put(name,
                value instanceof Instant instant ? instant.getEpochSecond() : value));
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(json.writeValueAsBytes(body)) + ".";
    }
}
