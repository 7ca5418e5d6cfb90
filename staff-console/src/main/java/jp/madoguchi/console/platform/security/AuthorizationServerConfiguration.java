package jp.madoguchi.console.platform.security;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jp.madoguchi.console.platform.ConsoleProperties;
import jp.madoguchi.console.platform.LocalCredentials;

/**
 * The issuer, its signing key and the registered clients (ADR 0002):
 * <ul>
 * <li>{@code notification-service} — confidential, client credentials, scope {@code intake.contact.read} only;</li>
 * <li>{@code metrics-scraper} — confidential, client credentials, scope {@code metrics.read} only (Prometheus);</li>
 * <li>{@code madoguchi-cli} — public, device authorization grant (RFC 8628) for people using the APIs from a
 * terminal, scope {@code madoguchi.staff};</li>
 * <li>{@code staff-console} — public, authorization code + PKCE, for the console's own future pages.</li>
 * </ul>
 * Authorizations (device codes, authorization codes) are kept in memory: a restart only makes a pending sign-in
 * start again; issued JWTs stay valid because the key persists.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String NOTIFICATION_CLIENT = "notification-service";
    static final String CLI_CLIENT = "madoguchi-cli";
    static final String CONSOLE_CLIENT = "staff-console";
    static final String CONTACT_READ_SCOPE = "intake.contact.read";
    static final String METRICS_CLIENT = "metrics-scraper";
    static final String METRICS_READ_SCOPE = "metrics.read";
    /** The cli's one scope: "acts as the signed-in staff member" (what it may do comes from {@code roles}). */
    static final String STAFF_SCOPE = "madoguchi.staff";

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    @Bean
    AuthorizationServerSettings authorizationServerSettings(ConsoleProperties console) {
        return AuthorizationServerSettings.builder().issuer(console.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(ConsoleProperties console, ObjectProvider<LocalCredentials> local) {
        LocalCredentials credentials = local.getIfAvailable();
        Path localDir = credentials == null ? null : credentials.secretsDir();
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.signingKey(console.signingKey(), localDir)));
    }

    /** ADR 0002: tokens are short-lived; clocks may differ by this much and no more (Spring's default is 60 s). */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /** Validates this issuer's own tokens (audit API, actuator, userinfo): RS256, our key, our issuer. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, ConsoleProperties console) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(console.issuer())));
        return decoder;
    }

    /** In memory, as Spring's default, and able to remove a disabled staff member's authorizations. */
    @Bean
    AuthorizationsByPrincipal authorizationService() {
        return new AuthorizationsByPrincipal();
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(RegisteredClientRepository clients) {
        return new DeviceConsentNeverRemembered(new InMemoryOAuth2AuthorizationConsentService(), clients);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(MongoTemplate mongo, PasswordEncoder encoder,
            ObjectProvider<LocalCredentials> local, ConsoleProperties console, Clock clock) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(console.accessTokenTtl())
                .deviceCodeTimeToLive(Duration.ofMinutes(10)).authorizationCodeTimeToLive(Duration.ofMinutes(2))
                .build();
        List<RegisteredClient> clients = new ArrayList<>();

        ClientSecrets secrets = new ClientSecrets(mongo, encoder, local.getIfAvailable(), clock);
        String notificationHash = secrets.hashFor(NOTIFICATION_CLIENT,
                console.clients().notificationService().secret(), "client_credentials, scope " + CONTACT_READ_SCOPE);
        if (notificationHash == null) {
            log.warn("Client '{}' is not registered: set MADOGUCHI_NOTIFICATION_CLIENT_SECRET", NOTIFICATION_CLIENT);
        } else {
            clients.add(RegisteredClient.withId(NOTIFICATION_CLIENT).clientId(NOTIFICATION_CLIENT)
                    .clientSecret(notificationHash)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope(CONTACT_READ_SCOPE)
                    .tokenSettings(tokens)
                    .build());
        }

        // Prometheus scrapes /actuator/prometheus with its own token; the scope opens nothing else.
        String metricsHash = secrets.hashFor(METRICS_CLIENT, console.clients().metricsScraper().secret(),
                "client_credentials, scope " + METRICS_READ_SCOPE);
        if (metricsHash == null) {
            log.info("Client '{}' is not registered: set MADOGUCHI_METRICS_CLIENT_SECRET to let Prometheus scrape",
                    METRICS_CLIENT);
        } else {
            clients.add(RegisteredClient.withId(METRICS_CLIENT).clientId(METRICS_CLIENT)
                    .clientSecret(metricsHash)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope(METRICS_READ_SCOPE)
                    .tokenSettings(tokens)
                    .build());
        }

        clients.add(RegisteredClient.withId(CLI_CLIENT).clientId(CLI_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.DEVICE_CODE)
                .scope(STAFF_SCOPE)
                // The device flow always asks the person to confirm the code on the consent page (phishing).
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(true).build())
                .tokenSettings(tokens)
                .build());

        clients.add(RegisteredClient.withId(CONSOLE_CLIENT).clientId(CONSOLE_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(console.staffConsoleRedirectUri())
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build());
        return new InMemoryRegisteredClientRepository(clients);
    }
}
