package jp.madoguchi.console.platform.security;

import java.time.Clock;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
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
import jp.madoguchi.platform.servlet.SecretFreeLogging;

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

    /** Static: a post-processor, so the guard is in place before the Mongo client is created. */
    @Bean
    static BeanFactoryPostProcessor secretFreeLogging() {
        return SecretFreeLogging.installer();
    }

    /** Every signed-in session by staff member, so a disabled member's sessions can be ended. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container ends a session (idle timeout, sign-out). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Just before Spring Security, so no filter chain ever reads a session that has ended. */
    @Bean
    FilterRegistrationBean<SessionLimits> sessionLimits(SessionRegistry registry, ConsoleProperties console,
            Clock clock) {
        FilterRegistrationBean<SessionLimits> registration = new FilterRegistrationBean<>(
                new SessionLimits(registry, console.sessionLifetime(), clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
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
