package jp.madoguchi.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.DispatcherType;
import jp.madoguchi.platform.i18n.PlatformMessages;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resource-server filter chain every service shares. Stateless bearer-token API: no sessions, no CSRF (no
 * cookie is ever read), no login page. Boot builds the JWT decoder from {@code
 * spring.security.oauth2.resourceserver.jwt} (issuer, JWKS, algorithms) and adds the clock-skew validator here.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, Jwt.class})
@EnableConfigurationProperties(ResourceServerProperties.class)
public class ResourceServerAutoConfiguration {

    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml",
        "/swagger-ui.html", "/swagger-ui/**"};

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class FilterChainConfiguration {

        @Bean
        SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ObjectProvider<JsonMapper> json,
                ObjectProvider<PlatformMessages> messages, ResourceServerProperties properties,
                List<EndpointRules> rules, List<ResourceServerCustomizer> customizers) throws Exception {
            SecurityProblems problems = new SecurityProblems(json.getIfAvailable(JsonMapper::new),
                    messages.getIfAvailable(() -> new PlatformMessages(PlatformMessages.japaneseFirst())));
            http.csrf(csrf -> csrf.disable())
                    .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .requestCache(cache -> cache.disable())
                    .formLogin(form -> form.disable())
                    .httpBasic(basic -> basic.disable())
                    .logout(logout -> logout.disable())
                    .oauth2ResourceServer(server -> server
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(CallerAuthentication.converter()))
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .authorizeHttpRequests(requests -> {
                        requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                                .requestMatchers("/error").permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                                .requestMatchers("/actuator/prometheus").hasAnyAuthority(Role.OPERATOR.authority(),
                                        Scopes.authority(properties.metricsScope()))
                                .requestMatchers("/actuator", "/actuator/**").hasRole(Role.OPERATOR.name())
                                .requestMatchers(API_DOCS).permitAll();
                        rules.forEach(rule -> rule.authorize(requests));
                        requests.anyRequest().denyAll();
                    });
            for (ResourceServerCustomizer customizer : customizers) {
                customizer.customize(http);
            }
            return http.build();
        }
    }

    /**
     * Added to Boot's validators (issuer, signature, Boot's 60 s timestamps): at most {@code clock-skew}; an
     * {@code exp} at all (a token without one would never expire); and this service in {@code aud}, so neither an
     * id_token nor an access token meant for another service is taken for one of ours.
     */
    @Bean
    @ConditionalOnMissingBean(name = "madoguchiTokenValidator")
    OAuth2TokenValidator<Jwt> madoguchiTokenValidator(ResourceServerProperties properties, Environment environment) {
        String audience = properties.audience() != null ? properties.audience()
                : environment.getRequiredProperty("spring.application.name");
        return new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(properties.clockSkew()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }

    @Bean
    @ConditionalOnMissingBean(name = "callerArgument")
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }
}
