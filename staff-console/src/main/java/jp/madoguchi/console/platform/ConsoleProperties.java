package jp.madoguchi.console.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.console.*}: the console as an issuer (its URI, signing key, token lifetime, registered clients),
 * where the local profile hands generated secrets over, and the first administrator. The environment variables
 * are mapped in {@code staff-console.yml}; the sign-in throttle ({@code madoguchi.console.sign-in-throttle.*}) is
 * read by the staff feature's own {@code SignInThrottleProperties}.
 *
 * @param issuer the issuer URI ({@code MADOGUCHI_ISSUER_URI}): the {@code iss} of every token this console signs
 *               and accepts, and the base of the links it hands out; required, absolute
 * @param localSecretsDir local profile only: where the generated signing key file and the one-time
 *                        {@code demo-users.txt} are written
 * @param signingKey the private RSA JWK (JSON, with {@code kid}) that signs tokens
 *                   ({@code MADOGUCHI_CONSOLE_SIGNING_KEY}); blank is accepted only by the local profile, which keeps
 *                   a key file in {@code localSecretsDir}
 * @param accessTokenTtl how long an access token is valid; positive
 * @param sessionLifetime how long a signed-in session lasts at most, however active (the idle timeout is
 *                        {@code server.servlet.session.timeout}); positive
 * @param clients the registered OAuth2 clients' secrets and redirect URI
 * @param bootstrapAdmin the first administrator, created outside the local profile while no staff exist
 */
@ConfigurationProperties("madoguchi.console")
public record ConsoleProperties(
        String issuer,
        @DefaultValue("var/secrets") Path localSecretsDir,
        @DefaultValue("") String signingKey,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("8h") Duration sessionLifetime,
        @DefaultValue Clients clients,
        @DefaultValue BootstrapAdmin bootstrapAdmin) {

    public ConsoleProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("madoguchi.console.issuer (MADOGUCHI_ISSUER_URI) is required");
        }
        if (!absoluteUri(issuer)) {
            throw new IllegalArgumentException("madoguchi.console.issuer must be an absolute URI: " + issuer);
        }
        if (accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("madoguchi.console.access-token-ttl must be positive");
        }
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("madoguchi.console.session-lifetime must be positive");
        }
    }

    private static boolean absoluteUri(String value) {
        try {
            return new URI(value).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Where the {@code staff-console} client is sent back to: the configured URI, else the issuer's own. */
    public String staffConsoleRedirectUri() {
        String configured = clients.staffConsole().redirectUri();
        return configured.isBlank() ? issuer + "/login/oauth2/code/staff-console" : configured;
    }

    /**
     * {@code madoguchi.console.clients.*}.
     *
     * @param notificationService the {@code notification-service} client (client credentials,
     *                            {@code intake.contact.read})
     * @param metricsScraper the {@code metrics-scraper} client (client credentials, {@code metrics.read})
     * @param staffConsole the console's own public {@code staff-console} client (authorization code + PKCE)
     */
    public record Clients(
            @DefaultValue ConfidentialClient notificationService,
            @DefaultValue ConfidentialClient metricsScraper,
            @DefaultValue PublicClient staffConsole) {
    }

    /**
     * A confidential client's setting.
     *
     * @param secret its secret ({@code MADOGUCHI_NOTIFICATION_CLIENT_SECRET}, {@code MADOGUCHI_METRICS_CLIENT_SECRET});
     *               blank: generated in the local profile, elsewhere the client is not registered
     */
    public record ConfidentialClient(@DefaultValue("") String secret) {
    }

    /**
     * A public client's setting.
     *
     * @param redirectUri where the authorization code is sent ({@code MADOGUCHI_CONSOLE_REDIRECT_URI}); blank:
     *                    {@code <issuer>/login/oauth2/code/staff-console}
     */
    public record PublicClient(@DefaultValue("") String redirectUri) {
    }

    /**
     * {@code madoguchi.console.bootstrap-admin.*}: both or neither.
     *
     * @param username the first administrator's user name ({@code MADOGUCHI_BOOTSTRAP_ADMIN_USERNAME})
     * @param passwordHash the hash of their password with its encoder prefix, e.g. {@code {bcrypt}$2a$10$...}
     *                     ({@code MADOGUCHI_BOOTSTRAP_ADMIN_PASSWORD_HASH}); never the password itself
     */
    public record BootstrapAdmin(@DefaultValue("") String username, @DefaultValue("") String passwordHash) {

        public BootstrapAdmin {
            if (username.isBlank() != passwordHash.isBlank()) {
                throw new IllegalArgumentException("madoguchi.console.bootstrap-admin: set both username and "
                        + "password-hash (MADOGUCHI_BOOTSTRAP_ADMIN_USERNAME, "
                        + "MADOGUCHI_BOOTSTRAP_ADMIN_PASSWORD_HASH), or neither");
            }
        }

        /** Whether an administrator is given at all. */
        public boolean given() {
            return !username.isBlank();
        }
    }
}
