package jp.madoguchi.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's context at the shared {@link EmbeddedPlatform}: its Kafka binder at the embedded
 * broker and its MongoDB client at a database named after {@code spring.application.name}.
 * Use with {@code @ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)}.
 */
public class EmbeddedPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPlatform platform = EmbeddedPlatform.get();
        String database = context.getEnvironment().getProperty("spring.application.name", "test");
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-platform", Map.of(
                "spring.cloud.stream.kafka.binder.brokers", platform.kafkaBootstrapServers(),
                "spring.kafka.bootstrap-servers", platform.kafkaBootstrapServers(),
                "spring.mongodb.uri", platform.mongoUri(database))));
    }
}
