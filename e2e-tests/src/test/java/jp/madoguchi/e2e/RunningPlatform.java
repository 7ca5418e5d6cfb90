package jp.madoguchi.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.madoguchi.analytics.AnalyticsApplication;
import jp.madoguchi.console.StaffConsoleApplication;
import jp.madoguchi.intake.IntakeApplication;
import jp.madoguchi.notification.NotificationApplication;
import jp.madoguchi.scheduling.SchedulingApplication;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The four services, each in its own application context on a free port, wired to the shared embedded
 * Kafka broker and MongoDB exactly as the launcher wires the real processes to the devstack: tests reach
 * them only through HTTP and Kafka. They trust either the tests' token issuer or a real staff console.
 */
final class RunningPlatform implements AutoCloseable {

    /** A fixed test key: intake refuses to store personal data without one. */
    private static final String TEST_DATA_KEY = "bWFkb2d1Y2hpLWUyZS10ZXN0LWRhdGEta2V5LTMyYnk=";

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final ApplicationContextInitializer<ConfigurableApplicationContext> issuer;
    final Service console;
    final Service intake;
    final Service scheduling;
    final Service notification;
    final Service analytics;

    private RunningPlatform(String notificationClientSecret, String metricsClientSecret) {
        if (notificationClientSecret == null) {
            console = null;
            issuer = context -> { };
        } else {
            console = startConsole(notificationClientSecret, metricsClientSecret);
            issuer = trust(console.baseUri().toString());
        }
        intake = start(IntakeApplication.class, "intake-service", "madoguchi.intake.crypto.data-key=" + TEST_DATA_KEY);
        scheduling = start(SchedulingApplication.class, "scheduling-service");
        notification = start(NotificationApplication.class, "notification-service");
        analytics = start(AnalyticsApplication.class, "analytics-service");
    }

    /** The services trusting {@link jp.madoguchi.testsupport.TestTokens}. */
    static RunningPlatform withTestIssuer() {
        return new RunningPlatform(null, null);
    }

    /** A real staff console first, on a port known in advance because it is the tokens' issuer; the services trust it. */
    static RunningPlatform withStaffConsole(String notificationClientSecret, String metricsClientSecret) {
        return new RunningPlatform(notificationClientSecret, metricsClientSecret);
    }

    private Service startConsole(String notificationClientSecret, String metricsClientSecret) {
        int port = freePort();
        String issuerUri = "http://127.0.0.1:" + port;
        Path secrets;
        try {
            secrets = Files.createTempDirectory("console-secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run(StaffConsoleApplication.class, "staff-console", context -> { }, List.of(
                "--server.port=" + port,
                "--spring.profiles.active=local",
                "--madoguchi.console.issuer=" + issuerUri,
                "--madoguchi.console.local-secrets-dir=" + secrets,
                "--madoguchi.console.clients.notification-service.secret=" + notificationClientSecret,
                "--madoguchi.console.clients.metrics-scraper.secret=" + metricsClientSecret,
                "--spring.autoconfigure.exclude=" + String.join(",", platformAutoConfigurations())));
    }

    /**
     * The console is no platform-spring service and its own jar does not contain the module, but here it shares
     * the services' classpath: without this it would pick up every platform auto-configuration.
     */
    private static List<String> platformAutoConfigurations() {
        return ImportCandidates.load(AutoConfiguration.class, RunningPlatform.class.getClassLoader()).getCandidates()
                .stream().filter(name -> name.startsWith("jp.madoguchi.platform.")).toList();
    }

    private Service start(Class<?> application, String name, String... extraProperties) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
        return run(application, name, issuer, arguments);
    }

    /** Overrides are command-line arguments, so they win over the service's own config file. */
    private Service run(Class<?> application, String name,
            ApplicationContextInitializer<ConfigurableApplicationContext> lastWord, List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--spring.main.banner-mode=off");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + name)
                .initializers(new EmbeddedPlatformInitializer(), lastWord)
                .run(all.toArray(String[]::new));
        contexts.add(context);
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        return new Service(name, URI.create("http://127.0.0.1:" + port));
    }

    private static ApplicationContextInitializer<ConfigurableApplicationContext> trust(String issuerUri) {
        return context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("e2e-issuer", Map.of(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", issuerUri,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", issuerUri + "/oauth2/jwks")));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
    }

    record Service(String name, URI baseUri) {
        URI uri(String pathAndQuery) {
            return baseUri.resolve(pathAndQuery);
        }
    }
}
