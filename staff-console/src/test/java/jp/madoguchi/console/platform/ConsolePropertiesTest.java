package jp.madoguchi.console.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The property names and defaults the console has always read, bound as Boot binds them. */
class ConsolePropertiesTest {

    @Test
    void onlyTheIssuerIsRequired() {
        ConsoleProperties console = bind(Map.of("madoguchi.console.issuer", "http://127.0.0.1:8080"));

        assertThat(console.issuer()).isEqualTo("http://127.0.0.1:8080");
        assertThat(console.localSecretsDir()).isEqualTo(Path.of("var/secrets"));
        assertThat(console.signingKey()).isEmpty();
        assertThat(console.accessTokenTtl()).isEqualTo(Duration.ofMinutes(15));
        assertThat(console.sessionLifetime()).isEqualTo(Duration.ofHours(8));
        assertThat(console.clients().notificationService().secret()).isEmpty();
        assertThat(console.clients().metricsScraper().secret()).isEmpty();
        assertThat(console.clients().staffConsole().redirectUri()).isEmpty();
        assertThat(console.staffConsoleRedirectUri())
                .isEqualTo("http://127.0.0.1:8080/login/oauth2/code/staff-console");
        assertThat(console.bootstrapAdmin().given()).isFalse();
    }

    @Test
    void everyPropertyKeepsItsName() {
        ConsoleProperties console = bind(Map.of(
                "madoguchi.console.issuer", "https://console.example",
                "madoguchi.console.local-secrets-dir", "/tmp/secrets",
                "madoguchi.console.signing-key", "{\"kty\":\"RSA\"}",
                "madoguchi.console.access-token-ttl", "5m",
                "madoguchi.console.session-lifetime", "4h",
                "madoguchi.console.clients.notification-service.secret", "n-secret",
                "madoguchi.console.clients.metrics-scraper.secret", "m-secret",
                "madoguchi.console.clients.staff-console.redirect-uri", "https://console.example/back",
                "madoguchi.console.bootstrap-admin.username", "admin",
                "madoguchi.console.bootstrap-admin.password-hash", "{bcrypt}$2a$10$x"));

        assertThat(console.localSecretsDir()).isEqualTo(Path.of("/tmp/secrets"));
        assertThat(console.signingKey()).isEqualTo("{\"kty\":\"RSA\"}");
        assertThat(console.accessTokenTtl()).isEqualTo(Duration.ofMinutes(5));
        assertThat(console.sessionLifetime()).isEqualTo(Duration.ofHours(4));
        assertThat(console.clients().notificationService().secret()).isEqualTo("n-secret");
        assertThat(console.clients().metricsScraper().secret()).isEqualTo("m-secret");
        assertThat(console.staffConsoleRedirectUri()).isEqualTo("https://console.example/back");
        assertThat(console.bootstrapAdmin().given()).isTrue();
        assertThat(console.bootstrapAdmin().username()).isEqualTo("admin");
        assertThat(console.bootstrapAdmin().passwordHash()).isEqualTo("{bcrypt}$2a$10$x");
    }

    @Test
    void blankValuesFromTheEnvironmentMeanNotSet() {
        ConsoleProperties console = bind(Map.of(
                "madoguchi.console.issuer", "http://127.0.0.1:8080",
                "madoguchi.console.signing-key", "",
                "madoguchi.console.clients.staff-console.redirect-uri", "",
                "madoguchi.console.bootstrap-admin.username", "",
                "madoguchi.console.bootstrap-admin.password-hash", ""));

        assertThat(console.signingKey()).isEmpty();
        assertThat(console.staffConsoleRedirectUri())
                .isEqualTo("http://127.0.0.1:8080/login/oauth2/code/staff-console");
        assertThat(console.bootstrapAdmin().given()).isFalse();
    }

    @Test
    void refusesWhatCannotWork() {
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.access-token-ttl", "15m")))
                .rootCause().hasMessageContaining("madoguchi.console.issuer");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.issuer", "console.example/")))
                .rootCause().hasMessageContaining("absolute");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.issuer", "http://127.0.0.1:8080",
                "madoguchi.console.access-token-ttl", "0s")))
                .rootCause().hasMessageContaining("access-token-ttl");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.issuer", "http://127.0.0.1:8080",
                "madoguchi.console.session-lifetime", "0s")))
                .rootCause().hasMessageContaining("session-lifetime");
        assertThatThrownBy(() -> bind(Map.of("madoguchi.console.issuer", "http://127.0.0.1:8080",
                "madoguchi.console.bootstrap-admin.username", "admin")))
                .rootCause().hasMessageContaining("bootstrap-admin");
    }

    private static ConsoleProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("madoguchi.console", ConsoleProperties.class);
    }
}
