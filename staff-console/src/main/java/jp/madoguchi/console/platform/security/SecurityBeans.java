package jp.madoguchi.console.platform.security;

import java.time.Clock;

import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import jp.madoguchi.console.platform.ConsoleProperties;
import jp.madoguchi.console.platform.LocalCredentials;

@Configuration(proxyBeanMethods = false)
class SecurityBeans {

    /** The one source of business time (audit events, stored secrets, throttling); tests may replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** bcrypt for new hashes; the {id} prefix lets stored hashes move to a stronger encoder later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Profile("local")
    LocalCredentials localCredentials(ConsoleProperties console, Clock clock) {
        return new LocalCredentials(console.localSecretsDir(), console.issuer(), clock);
    }

    /** Last runner: everything generated during start-up is in by now. */
    @Bean
    @Profile("local")
    @Order(Ordered.LOWEST_PRECEDENCE)
    ApplicationRunner writeLocalCredentials(LocalCredentials credentials) {
        return args -> credentials.writeIfAnyGenerated();
    }
}
