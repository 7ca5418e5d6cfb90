package jp.madoguchi.analytics.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** Instants are stored in UTC; Asia/Tokyo is applied where rules and display need it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
