package jp.madoguchi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;


/**
 * The authorization matrix of ADR 0002 as data (shared by the services' {@code AuthorizationMatrixIntegrationTest}s): endpoints, each with the expected status for every
 * {@link Caller}, expanded into rows {method, path, caller, status} that are called over real HTTP.
 */
public final class AccessMatrix {

    /** Everyone the matrix asks. The attackers carry federation staff's claims: only the token is wrong. */
    public enum Caller {
        NO_TOKEN(null),
        FORGED(() -> TestTokens.federationStaff().forged().bearer()),
        ALG_NONE(() -> "Bearer " + TestTokens.federationStaff().unsignedJwt()),
        HMAC_SIGNED(() -> "Bearer " + hmacSigned(TestTokens.federationStaff().jwt())),
        EXPIRED(() -> TestTokens.federationStaff().expired().bearer()),
        WRONG_ISSUER(() -> TestTokens.federationStaff().issuedBy("http://evil.example").bearer()),
        /** Like an OIDC id_token: the staff console's client as the only audience, none of the services. */
        WRONG_AUDIENCE(() -> TestTokens.federationStaff().audience("staff-console").bearer()),
        NO_AUDIENCE(() -> TestTokens.federationStaff().audience().bearer()),
        NO_EXPIRY(() -> TestTokens.federationStaff().withoutExpiry().bearer()),
        FEDERATION_STAFF(() -> TestTokens.federationStaff().bearer()),
        CHAMBER_ADVISOR(() -> TestTokens.advisor(Caller.CHAMBER).bearer()),
        OTHER_CHAMBER_ADVISOR(() -> TestTokens.advisor(Caller.OTHER_CHAMBER).bearer()),
        CONSULTANT(() -> TestTokens.consultant(Caller.CONSULTANT_ID).bearer()),
        OTHER_CONSULTANT(() -> TestTokens.consultant(Caller.OTHER_CONSULTANT_ID).bearer()),
        ANALYST(() -> TestTokens.analyst().bearer()),
        OPERATOR(() -> TestTokens.operator().bearer()),
        ADMIN(() -> TestTokens.admin().bearer()),
        SERVICE_CLIENT(() -> TestTokens.client("notification-service", "intake.contact.read").bearer());

        public static final String CHAMBER = "ichinomiya";
        public static final String OTHER_CHAMBER = "yachimata";
        public static final String CONSULTANT_ID = "consultant-01";
        public static final String OTHER_CONSULTANT_ID = "consultant-02";

        private final Supplier<String> authorization;

        Caller(Supplier<String> authorization) {
            this.authorization = authorization;
        }
    }

    public record Row(HttpMethod method, String path, Caller caller, int status) {

        @Override
        public String toString() {
            return method + " " + path + " as " + caller + " → " + status;
        }
    }

    /** One endpoint and what each caller gets; {@link #otherwise(int)} or explicit entries must cover everyone. */
    public static final class Endpoint {

        private final HttpMethod method;
        private final String path;
        private final Map<Caller, Integer> expected = new EnumMap<>(Caller.class);

        private Endpoint(HttpMethod method, String path) {
            this.method = method;
            this.path = path;
        }

        public Endpoint expect(int status, Caller... callers) {
            for (Caller caller : callers) {
                Integer before = expected.put(caller, status);
                if (before != null) {
                    throw new IllegalStateException(caller + " listed twice for " + method + " " + path);
                }
            }
            return this;
        }

        public Endpoint otherwise(int status) {
            for (Caller caller : Caller.values()) {
                expected.putIfAbsent(caller, status);
            }
            return this;
        }

        public List<Row> rows() {
            List<Row> rows = new ArrayList<>();
            for (Caller caller : Caller.values()) {
                Integer status = expected.get(caller);
                if (status == null) {
                    throw new IllegalStateException(method + " " + path + " has no expectation for " + caller);
                }
                rows.add(new Row(method, path, caller, status));
            }
            return rows;
        }

        public boolean serves(HttpMethod mappedMethod, String pattern) {
            String plainPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            return method.equals(mappedMethod)
                    && PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(plainPath));
        }
    }

    public static Endpoint endpoint(HttpMethod method, String path) {
        return new Endpoint(method, path);
    }

    /**
     * The rows every resource server shares (ADR 0002): probes and API docs open (a bad token is still refused),
     * metrics for OPERATOR only, and env, dumps, configprops and shutdown not exposed even to an operator.
     */
    public static List<Endpoint> operationsEndpoints() {
        Caller[] badTokens = {Caller.FORGED, Caller.ALG_NONE, Caller.HMAC_SIGNED, Caller.EXPIRED, Caller.WRONG_ISSUER,
            Caller.WRONG_AUDIENCE, Caller.NO_AUDIENCE, Caller.NO_EXPIRY};
        List<Endpoint> endpoints = new ArrayList<>();
        for (String open : List.of("/actuator/health/readiness", "/actuator/health/liveness", "/v3/api-docs")) {
            endpoints.add(endpoint(HttpMethod.GET, open).expect(401, badTokens).otherwise(200));
        }
        for (String operatorOnly : List.of("/actuator/prometheus", "/actuator/metrics")) {
            endpoints.add(endpoint(HttpMethod.GET, operatorOnly)
                    .expect(401, badTokens).expect(401, Caller.NO_TOKEN)
                    .expect(200, Caller.OPERATOR)
                    .otherwise(403));
        }
        for (String hidden : List.of("env", "heapdump", "threaddump", "configprops", "shutdown")) {
            endpoints.add(endpoint(HttpMethod.GET, "/actuator/" + hidden)
                    .expect(401, badTokens).expect(401, Caller.NO_TOKEN)
                    .expect(404, Caller.OPERATOR)
                    .otherwise(403));
        }
        return endpoints;
    }

    /** Calls one row and checks the status, and for 401/403 the problem+json body and the bearer challenge. */
    public static void check(Row row, int port) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + row.path()))
                .header("Accept", "*/*")
                .method(row.method().name(), HttpRequest.BodyPublishers.noBody());
        if (row.caller().authorization != null) {
            request.header("Authorization", row.caller().authorization.get());
        }
        HttpResponse<String> response = send(request.build());
        assertThat(response.statusCode()).as(row + "; body: " + response.body()).isEqualTo(row.status());
        if (row.status() == 401 || row.status() == 403) {
            assertThat(response.headers().firstValue("Content-Type")).as(row.toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":" + row.status());
        }
        if (row.status() == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(row.toString())
                    .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
        }
    }

    /**
     * The application's own request mappings with no endpoint in the matrix. Springdoc's and Boot's error
     * controller are not the application's and are left out on purpose; actuator endpoints are not request
     * mappings of this handler mapping.
     */
    public static List<String> unlisted(RequestMappingHandlerMapping mappings, List<Endpoint> endpoints) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            String handler = mapping.getValue().getBeanType().getName();
            if (handler.startsWith("org.springdoc.") || handler.endsWith(".BasicErrorController")) {
                continue;
            }
            var methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    missing.add("ANY " + pattern + " (" + handler + ": declare its HTTP method)");
                }
                for (var method : methods) {
                    HttpMethod mapped = HttpMethod.valueOf(method.name());
                    if (endpoints.stream().noneMatch(endpoint -> endpoint.serves(mapped, pattern))) {
                        missing.add(mapped + " " + pattern + " (" + handler + ")");
                    }
                }
            }
        }
        return missing;
    }

    /** The same claims signed HS256 with a secret the attacker chose: only RS256 with the issuer's key counts. */
    private static String hmacSigned(String jwt) {
        try {
            JWSObject token = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("test-issuer-key").build(),
                    new Payload(Base64URL.from(jwt.split("\\.")[1])));
            token.sign(new MACSigner("an attacker's secret, long enough for HS256".getBytes(StandardCharsets.UTF_8)));
            return token.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AccessMatrix() {
    }
}
