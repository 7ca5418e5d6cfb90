package jp.madoguchi.platform.mongo;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

import com.mongodb.client.MongoClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jp.madoguchi.platform.i18n.PlatformMessages;
import jp.madoguchi.platform.web.WebAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@link StoreGuard} for a servlet service that sets {@code madoguchi.store-guard.enabled=true}: short Mongo
 * client timeouts, the breaker, its filter in front of the guarded paths and the 503 answer to an outage.
 */
@AutoConfiguration(before = MongoAutoConfiguration.class,
        after = {CompositeMeterRegistryAutoConfiguration.class, WebAutoConfiguration.class})
@ConditionalOnClass(MongoClient.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "madoguchi.store-guard", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(StoreGuardProperties.class)
public class StoreGuardAutoConfiguration {

    /**
     * Fail fast instead of holding a request thread for the driver's 30 s: an unreachable server is reported
     * within the server-selection timeout.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeGuardTimeouts(StoreGuardProperties properties) {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                        (int) properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean
    @ConditionalOnMissingBean
    StoreGuard storeGuard(StoreGuardProperties properties, ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meters) {
        return new StoreGuard(properties, clock.getIfAvailable(Clock::systemUTC),
                meters.getIfAvailable(() -> Metrics.globalRegistry));
    }

    @Bean
    StoreOutageAdvice storeOutageAdvice(StoreGuard guard, PlatformMessages messages) {
        return new StoreOutageAdvice(guard, messages);
    }

    /** Right after the security chain (order -100): a caller who may not call gets 401/403, not 503. */
    @Bean
    FilterRegistrationBean<StoreGuardFilter> storeGuardFilter(StoreGuard guard, StoreGuardProperties properties,
            PlatformMessages messages, ObjectProvider<JsonMapper> json) {
        FilterRegistrationBean<StoreGuardFilter> registration = new FilterRegistrationBean<>(new StoreGuardFilter(
                guard, properties.paths(), messages, json.getIfAvailable(JsonMapper::new)));
        registration.setOrder(-99);
        return registration;
    }
}
