package jp.madoguchi.scheduling.platform;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code mongo} health check as a plain {@code ping}. Boot's own indicator sends {@code hello},
 * which the embedded Mongo wire server (devstack, tests) does not know, so readiness would never be UP
 * there; {@code ping} answers on both it and a real MongoDB. Declared under Boot's bean name so Boot's
 * indicator steps aside.
 */
@Configuration(proxyBeanMethods = false)
class MongoPing {

    @Bean
    AbstractHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                mongo.executeCommand(new Document("ping", 1));
                builder.up().withDetail("database", mongo.getDb().getName());
            }
        };
    }
}
