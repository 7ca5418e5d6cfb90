package jp.madoguchi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

class ResourceServerAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class,
                    ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class))
            .withPropertyValues(
                    "spring.application.name=billing-service",
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:8080",
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:8080/oauth2/jwks");

    @Test
    void onInAServletServiceWithTheServicesRules() {
        runner.withUserConfiguration(ServiceRules.class).run(context -> {
            assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("resourceServerFilterChain")
                    .hasBean("madoguchiTokenValidator").hasSingleBean(JwtDecoder.class);
            assertThat(context.getBean(ResourceServerProperties.class).clockSkew()).hasSeconds(30);
            assertThat(context.getBean(ResourceServerProperties.class).metricsScope()).isEqualTo("metrics.read");
        });
    }

    @Test
    void aTokenMustBeForThisServiceAndExpire() {
        runner.withUserConfiguration(ServiceRules.class).run(context -> {
            @SuppressWarnings("unchecked")
            OAuth2TokenValidator<Jwt> validator = context.getBean("madoguchiTokenValidator", OAuth2TokenValidator.class);
            assertThat(validator.validate(token().audience(List.of("billing-service", "other")).build()).hasErrors())
                    .isFalse();
            assertThat(validator.validate(token().audience(List.of("staff-console")).build()).hasErrors())
                    .as("an id_token's audience is the client").isTrue();
            assertThat(validator.validate(token().build()).hasErrors()).as("no aud").isTrue();
            assertThat(validator.validate(Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                    .audience(List.of("billing-service")).issuedAt(Instant.now()).build()).hasErrors())
                    .as("no exp").isTrue();
        });
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("someone").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
    }

    @Test
    void offOutsideAServletWebApplication() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(SecurityFilterChain.class)
                        .doesNotHaveBean(ResourceServerProperties.class));
    }

    @Test
    void aServicesOwnChainReplacesThePlatformsOne() {
        runner.withUserConfiguration(OwnChain.class).run(context -> {
            assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("ownChain")
                    .doesNotHaveBean("resourceServerFilterChain");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class ServiceRules {

        @Bean
        EndpointRules ordersRules() {
            return requests -> requests.requestMatchers(HttpMethod.GET, "/api/v1/orders").hasRole("ADMIN");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnChain {

        @Bean
        SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
    }
}
