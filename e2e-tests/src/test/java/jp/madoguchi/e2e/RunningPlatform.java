package jp.madoguchi.e2e;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jp.madoguchi.analytics.AnalyticsApplication;
import jp.madoguchi.intake.IntakeApplication;
import jp.madoguchi.notification.NotificationApplication;
import jp.madoguchi.scheduling.SchedulingApplication;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The four services, each in its own application context on a free port, wired to the shared embedded
 * Kafka broker and MongoDB exactly as the launcher wires the real processes to the devstack: tests reach
 * them only through HTTP and Kafka.
 */
final class RunningPlatform implements AutoCloseable {

    /** A fixed test key: intake refuses to store personal data without one. */
    private static final String TEST_DATA_KEY = "bWFkb2d1Y2hpLWUyZS10ZXN0LWRhdGEta2V5LTMyYnk=";

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    final Service intake;
    final Service scheduling;
    final Service notification;
    final Service analytics;

    private RunningPlatform() {
        intake = start(IntakeApplication.class, "intake-service", "madoguchi.intake.crypto.data-key=" + TEST_DATA_KEY);
        scheduling = start(SchedulingApplication.class, "scheduling-service");
        notification = start(NotificationApplication.class, "notification-service");
        analytics = start(AnalyticsApplication.class, "analytics-service");
    }

    static RunningPlatform start() {
        return new RunningPlatform();
    }

    private Service start(Class<?> application, String name, String... extraProperties) {
        // As command-line arguments, so they win over the service's own config file.
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .properties("spring.config.name=" + name)
                .initializers(new EmbeddedPlatformInitializer())
                .run(arguments.toArray(String[]::new));
        contexts.add(context);
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        return new Service(name, URI.create("http://127.0.0.1:" + port));
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
