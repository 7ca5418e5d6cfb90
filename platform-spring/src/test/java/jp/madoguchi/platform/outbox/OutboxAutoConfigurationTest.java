package jp.madoguchi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoClients;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.platform.events.EventsAutoConfiguration;
import jp.madoguchi.platform.tracing.TracingAutoConfiguration;
import jp.madoguchi.testsupport.EmbeddedPlatform;

class OutboxAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(EventsAutoConfiguration.class, TracingAutoConfiguration.class,
                    OutboxAutoConfiguration.class))
            .withUserConfiguration(MongoAndKafka.class)
            .withPropertyValues("spring.application.name=billing-service");

    @Test
    void onWhenEnabled() {
        runner.withPropertyValues("madoguchi.outbox.enabled=true", "madoguchi.outbox.collections=orders,refunds",
                "madoguchi.outbox.poll-interval=1s").run(context -> {
                    assertThat(context).hasSingleBean(OutboxRelay.class).hasSingleBean(Outbox.class);
                    OutboxProperties properties = context.getBean(OutboxProperties.class);
                    assertThat(properties.collections()).containsExactly("orders", "refunds");
                    assertThat(properties.batchSize()).isEqualTo(100);
                    assertThat(properties.sendTimeout()).hasSeconds(10);
                    assertThat(context.getBean(OutboxRelay.class).isRunning()).isTrue();
                });
    }

    @Test
    void offUnlessEnabled() {
        runner.run(context -> assertThat(context).doesNotHaveBean(OutboxRelay.class).doesNotHaveBean(Outbox.class));
        runner.withPropertyValues("madoguchi.outbox.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(OutboxRelay.class));
    }

    @Test
    void aServicesOwnRelayReplacesThePlatformsOne() {
        runner.withPropertyValues("madoguchi.outbox.enabled=true", "madoguchi.outbox.collections=orders")
                .withUserConfiguration(OwnRelay.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(OutboxRelay.class);
                    assertThat(context.getBean(OutboxRelay.class)).isSameAs(context.getBean("ownRelay"));
                    assertThat(context).hasSingleBean(Outbox.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class MongoAndKafka {

        @Bean(destroyMethod = "")
        MongoTemplate mongoTemplate() {
            return new MongoTemplate(MongoClients.create(EmbeddedPlatform.get().mongoUri("runner")), "runner");
        }

        @Bean
        KafkaTemplate<String, byte[]> kafkaTemplate() {
            Map<String, Object> settings = new HashMap<>(EmbeddedPlatform.get().kafkaClient(ServiceAccount.SCHEDULING));
            settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
            settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
            return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(settings));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRelay {

        @Bean
        OutboxRelay ownRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson json) {
            return new OutboxRelay(mongo, kafka, json, new OutboxProperties(true, "/own", java.util.List.of(), 1,
                    java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1),
                    java.time.Duration.ofSeconds(30)),
                    java.time.Clock.systemUTC(), new SimpleMeterRegistry());
        }
    }
}
