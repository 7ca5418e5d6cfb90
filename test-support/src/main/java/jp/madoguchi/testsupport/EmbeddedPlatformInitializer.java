package jp.madoguchi.testsupport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import jp.madoguchi.broker.ServiceAccount;

/**
 * Points a service's context at the shared {@link EmbeddedPlatform}: its Kafka binder at the embedded
 * broker, logged in as the service's own Kafka user (its {@code spring.application.name}, with the test
 * password), its MongoDB client at a database named after {@code spring.application.name}, and its resource
 * server at the {@link TestTokens} issuer.
 * Use with {@code @ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)}.
 */
public class EmbeddedPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedPlatform platform = EmbeddedPlatform.get();
        TestTokens tokens = TestTokens.get();
        String database = context.getEnvironment().getProperty("spring.application.name", "test");
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.cloud.stream.kafka.binder.brokers", platform.kafkaBootstrapServers(),
                "spring.kafka.bootstrap-servers", platform.kafkaBootstrapServers(),
                "spring.mongodb.uri", platform.mongoUri(database),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri", tokens.issuer(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", tokens.jwkSetUri()));
        ServiceAccount.named(database).ifPresent(account -> properties.put("madoguchi.kafka.password",
                platform.login(account).password()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-platform", properties));
    }
}
