package jp.madoguchi.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import jp.madoguchi.testsupport.EmbeddedPlatform;

class MongoIndexesAutoConfigurationTest {

    /** Collections of this test alone: an index another test created must not make it pass. */
    private final String suffix = UUID.randomUUID().toString();
    private final String orders = "orders-" + suffix;
    private final String refunds = "refunds-" + suffix;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoIndexesAutoConfiguration.class))
            .withUserConfiguration(Declarations.class)
            .withPropertyValues("collection-suffix=" + suffix);

    @Test
    void createsEveryDeclaredIndexWhenTheContextStarts() {
        runner.withUserConfiguration(Mongo.class).run(context -> {
            assertThat(context).hasSingleBean(MongoIndexRunner.class);
            assertThat(context.getBean(MongoIndexRunner.class).isRunning()).isTrue();
            MongoTemplate mongo = context.getBean(MongoTemplate.class);

            Document number = index(mongo, orders, "one_order_per_number");
            assertThat(number.get("key", Document.class)).isEqualTo(new Document("number", 1));
            assertThat(number.getBoolean("unique")).isTrue();
            assertThat(index(mongo, orders, "by_customer_newest").get("key", Document.class))
                    .isEqualTo(new Document("customerId", 1).append("placedAt", -1));
            assertThat(index(mongo, refunds, "by_order").get("key", Document.class))
                    .isEqualTo(new Document("orderId", 1));
        });
    }

    @Test
    void startingAgainOverIndexesInPlaceChangesNothing() {
        runner.withUserConfiguration(Mongo.class).run(first -> { });
        runner.withUserConfiguration(Mongo.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(names(context.getBean(MongoTemplate.class), orders))
                    .containsExactlyInAnyOrder("_id_", "one_order_per_number", "by_customer_newest");
        });
    }

    @Test
    void offWithoutMongoTemplate() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MongoIndexRunner.class));
        runner.withUserConfiguration(Mongo.class).withClassLoader(new FilteredClassLoader(MongoTemplate.class))
                .run(context -> assertThat(context).doesNotHaveBean(MongoIndexRunner.class));
    }

    @Test
    void aServicesOwnRunnerReplacesThePlatformsOne() {
        runner.withUserConfiguration(Mongo.class, OwnRunner.class).run(context -> {
            assertThat(context).hasSingleBean(MongoIndexRunner.class);
            assertThat(context.getBean(MongoIndexRunner.class)).isSameAs(context.getBean("ownRunner"));
            assertThat(names(context.getBean(MongoTemplate.class), refunds)).doesNotContain("by_order");
        });
    }

    private static Document index(MongoTemplate mongo, String collection, String name) {
        return mongo.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> name.equals(index.getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no index " + name + " on " + collection));
    }

    private static List<String> names(MongoTemplate mongo, String collection) {
        return mongo.getCollection(collection).listIndexes().map(index -> index.getString("name"))
                .into(new ArrayList<>());
    }

    @Configuration(proxyBeanMethods = false)
    static class Declarations {

        @Bean
        MongoIndexes orderIndexes(Environment environment) {
            return MongoIndexes.of("orders-" + environment.getRequiredProperty("collection-suffix"),
                    new IndexModel(Indexes.ascending("number"), new IndexOptions().unique(true).name("one_order_per_number")),
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending("customerId"), Indexes.descending("placedAt")),
                            new IndexOptions().name("by_customer_newest")));
        }

        @Bean
        MongoIndexes refundIndexes(Environment environment) {
            return MongoIndexes.of("refunds-" + environment.getRequiredProperty("collection-suffix"),
                    new IndexModel(Indexes.ascending("orderId"), new IndexOptions().name("by_order")));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Mongo {

        @Bean(destroyMethod = "")
        MongoTemplate mongoTemplate() {
            return new MongoTemplate(MongoClients.create(EmbeddedPlatform.get().mongoUri("indexes")), "indexes");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRunner {

        @Bean
        MongoIndexRunner ownRunner(MongoTemplate mongo) {
            return new MongoIndexRunner(mongo, List.of());
        }
    }
}
