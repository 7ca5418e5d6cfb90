package jp.madoguchi.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays the staff console's identity provider for tests: one RSA key whose JWKS is served over HTTP in this JVM,
 * and tokens with the claims of ADR 0002. Also the tokens an attacker would try: signed by a foreign key,
 * {@code alg: none}, expired, from another issuer.
 */
public final class TestTokens {

    /** The audiences of the four services: what a staff member's access token is for (ADR 0002). */
    public static final List<String> SERVICES = List.of("intake-service", "scheduling-service", "notification-service",
            "analytics-service");


    private static TestTokens instance;

    private final HttpServer jwksServer;
    private final String issuer;
    private final NimbusJwtEncoder trusted;
    private final NimbusJwtEncoder foreign;

    private TestTokens() {
        RSAKey key = rsaKey("test-issuer-key");
        RSAKey foreignKey = rsaKey("test-issuer-key");
        trusted = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
        foreign = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(foreignKey)));
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            jwksServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test JWKS server", e);
        }
        jwksServer.createContext("/oauth2/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        jwksServer.start();
        issuer = "http://127.0.0.1:" + jwksServer.getAddress().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> jwksServer.stop(0), "test-jwks-stop"));
    }

    public static synchronized TestTokens get() {
        if (instance == null) {
            instance = new TestTokens();
        }
        return instance;
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    public static Token federationStaff() {
        return user("staff.test", "FEDERATION_STAFF");
    }

    public static Token advisor(String chamberId) {
        return user("advisor." + chamberId, "CHAMBER_ADVISOR").chamber(chamberId);
    }

    public static Token consultant(String consultantId) {
        return user("consultant." + consultantId, "CONSULTANT").consultant(consultantId);
    }

    public static Token analyst() {
        return user("analyst.test", "ANALYST");
    }

    public static Token operator() {
        return user("operator.test", "OPERATOR");
    }

    public static Token admin() {
        return user("admin.test", "ADMIN");
    }

    public static Token user(String subject, String... roles) {
        return new Token(subject).roles(roles);
    }

    /** A service's client-credentials token. */
    public static Token client(String clientId, String... scopes) {
        return new Token(clientId).scopes(scopes);
    }

    /** A token with the given claims; {@link #bearer()} signs it. Immutable: every change returns a copy. */
    public static final class Token {

        private final String subject;
        private List<String> roles = List.of();
        private List<String> scopes = List.of();
        private String chamberId;
        private String consultantId;
        private Instant issuedAt = Instant.now();
        private Duration lifetime = Duration.ofMinutes(15);
        private String issuerOverride;
        private boolean foreignKey;
        private List<String> audiences = SERVICES;
        private boolean expires = true;

        private Token(String subject) {
            this.subject = subject;
        }

        private Token copy() {
            Token copy = new Token(subject);
            copy.roles = roles;
            copy.scopes = scopes;
            copy.chamberId = chamberId;
            copy.consultantId = consultantId;
            copy.issuedAt = issuedAt;
            copy.lifetime = lifetime;
            copy.issuerOverride = issuerOverride;
            copy.foreignKey = foreignKey;
            copy.audiences = audiences;
            copy.expires = expires;
            return copy;
        }

        public Token roles(String... values) {
            Token copy = copy();
            copy.roles = List.of(values);
            return copy;
        }

        public Token scopes(String... values) {
            Token copy = copy();
            copy.scopes = List.of(values);
            return copy;
        }

        public Token chamber(String value) {
            Token copy = copy();
            copy.chamberId = value;
            return copy;
        }

        public Token consultant(String value) {
            Token copy = copy();
            copy.consultantId = value;
            return copy;
        }

        /** Expired an hour ago: well past any clock skew a service allows. */
        public Token expired() {
            Token copy = copy();
            copy.issuedAt = Instant.now().minus(Duration.ofHours(2));
            copy.lifetime = Duration.ofHours(1);
            return copy;
        }

        /** Signed by a key the services have never seen, with the trusted key's id. */
        public Token forged() {
            Token copy = copy();
            copy.foreignKey = true;
            return copy;
        }

        /**
         * For these audiences only. By default a token is for every service, as the staff console issues staff
         * tokens; an OIDC id_token has the client's id as its only audience.
         */
        public Token audience(String... values) {
            Token copy = copy();
            copy.audiences = List.of(values);
            return copy;
        }

        /** Without {@code exp}: a token that would never expire, which no service may accept. */
        public Token withoutExpiry() {
            Token copy = copy();
            copy.expires = false;
            return copy;
        }

        public Token issuedBy(String otherIssuer) {
            Token copy = copy();
            copy.issuerOverride = otherIssuer;
            return copy;
        }

        /** The compact JWT. */
        public String jwt() {
            TestTokens tokens = TestTokens.get();
            JwtClaimsSet claims = claims(tokens);
            JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("test-issuer-key").build();
            NimbusJwtEncoder encoder = foreignKey ? tokens.foreign : tokens.trusted;
            return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        }

        /** The same claims, unsigned ({@code alg: none}): must be refused everywhere. */
        public String unsignedJwt() {
            Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
            String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String[] signed = jwt().split("\\.");
            return header + "." + signed[1] + ".";
        }

        /** The value of an {@code Authorization} header. */
        public String bearer() {
            return "Bearer " + jwt();
        }

        private JwtClaimsSet claims(TestTokens tokens) {
            JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                    .id(UUID.randomUUID().toString())
                    .issuer(issuerOverride != null ? issuerOverride : tokens.issuer)
                    .subject(subject)
                    .issuedAt(issuedAt)
                    .notBefore(issuedAt);
            if (expires) {
                claims.expiresAt(issuedAt.plus(lifetime));
            }
            if (!audiences.isEmpty()) {
                claims.audience(new ArrayList<>(audiences));
            }
            if (!roles.isEmpty()) {
                claims.claim("roles", new ArrayList<>(roles));
            }
            if (!scopes.isEmpty()) {
                claims.claim("scope", String.join(" ", scopes));
            }
            if (chamberId != null) {
                claims.claim("chamber_id", chamberId);
            }
            if (consultantId != null) {
                claims.claim("consultant_id", consultantId);
            }
            return claims.build();
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(keyId)
                    .build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
