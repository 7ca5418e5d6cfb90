package jp.madoguchi.notification.platform.security;

import static jp.madoguchi.notification.platform.security.Role.ADMIN;
import static jp.madoguchi.notification.platform.security.Role.FEDERATION_STAFF;
import static jp.madoguchi.notification.platform.security.Role.OPERATOR;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * ADR 0002 for this service. The JWT decoder is Boot's, from {@code spring.security.oauth2.resourceserver.jwt}
 * (issuer, JWKS, RS256 only); this adds the claim mapping, the rules, and the problem+json answers.
 * Anything without a rule is refused, so a new endpoint is closed until someone decides who may call it.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration implements WebMvcConfigurer {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new MadoguchiJwtAuthorities());
        http.csrf(AbstractHttpConfigurer::disable) // bearer tokens only: no cookie a browser could be tricked into sending
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Prometheus scrapes with a client-credentials token of scope metrics.read (ADR 0002).
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority("ROLE_OPERATOR", "SCOPE_metrics.read")
                        .requestMatchers("/actuator", "/actuator/**").hasRole(OPERATOR.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // The delivery log says which owner was told what: staff, operations and admins.
                        .requestMatchers(HttpMethod.GET, "/api/v1/deliveries")
                                .hasAnyRole(names(FEDERATION_STAFF, OPERATOR, ADMIN))
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Added to Boot's validators (issuer, signature): ADR 0002 allows at most 30 s of clock skew, not 60. */
    @Bean
    OAuth2TokenValidator<Jwt> tokenLifetimeValidator() {
        return new JwtTimestampValidator(Duration.ofSeconds(30));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StaffMemberArgumentResolver());
    }

    private static String[] names(Role... roles) {
        return Stream.of(roles).map(Role::name).toArray(String[]::new);
    }
}
