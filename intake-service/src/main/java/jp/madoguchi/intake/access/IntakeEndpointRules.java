package jp.madoguchi.intake.platform.security;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import jp.madoguchi.intake.platform.RejectionMetrics;
import jp.madoguchi.intake.platform.ratelimit.ClientRateLimiter;
import jp.madoguchi.intake.platform.ratelimit.RateLimitFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's rules per endpoint (ADR 0002). This is the coarse layer: who may call an endpoint at all. Which
 * chamber's or consultant's request a caller may see is decided by the use cases. Stateless bearer-token API:
 * no sessions, no CSRF (no cookies are ever read), no login page.
 */
@Configuration(proxyBeanMethods = false)
class ResourceServerSecurity {

    static final String REQUESTS = "/api/v1/consultation-requests";
    static final String STATUS_TOKEN_HEADER = "X-Status-Token";
    /** ADR 0002: tokens are short-lived; clocks may differ by this much and no more. */
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json, ClientRateLimiter limiter,
            RejectionMetrics rejections) throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(json);
        http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new MadoguchiJwtAuthorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new RateLimitFilter(limiter, rejections, json, HttpMethod.POST, REQUESTS),
                        BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // Prometheus scrapes with a client-credentials token of scope metrics.read (ADR 0002).
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority("ROLE_OPERATOR", "SCOPE_metrics.read")
                        .requestMatchers("/actuator", "/actuator/**").hasRole(Role.OPERATOR.name())
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/chambers").permitAll()
                        // The owner's web form is anonymous; with a token, only intake staff and advisors.
                        .requestMatchers(HttpMethod.POST, REQUESTS)
                        .access(anonymousOr(Role.FEDERATION_STAFF, Role.CHAMBER_ADVISOR))
                        .requestMatchers(HttpMethod.GET, REQUESTS + "/*/contact")
                        .hasAnyAuthority(Scopes.authority(Scopes.CONTACT_READ), Role.CONSULTANT.authority())
                        // The requester proves themselves with the status token, checked in the use case.
                        .requestMatchers(HttpMethod.GET, REQUESTS + "/*")
                        .access(statusTokenOr(Role.FEDERATION_STAFF, Role.ADMIN, Role.CHAMBER_ADVISOR))
                        .requestMatchers(HttpMethod.GET, "/api/v1/audit-events").hasRole(Role.ADMIN.name())
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * Boot would build the same decoder from {@code issuer-uri} + {@code jwk-set-uri} + {@code jws-algorithms}
     * (keys fetched lazily, issuer checked), but with 60 s of clock skew; ADR 0002 allows 30.
     */
    @Bean
    JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwt.getJwkSetUri())
                .jwsAlgorithms(algorithms -> jwt.getJwsAlgorithms()
                        .forEach(name -> algorithms.add(SignatureAlgorithm.from(name))))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(CLOCK_SKEW),
                new JwtIssuerValidator(jwt.getIssuerUri())));
        return decoder;
    }

    private static AuthorizationManager<RequestAuthorizationContext> anonymousOr(Role... roles) {
        return (authentication, context) -> decision(!isCaller(authentication) || hasAny(authentication, roles));
    }

    private static AuthorizationManager<RequestAuthorizationContext> statusTokenOr(Role... roles) {
        return (authentication, context) -> decision(hasAny(authentication, roles)
                || context.getRequest().getHeader(STATUS_TOKEN_HEADER) != null);
    }

    private static AuthorizationResult decision(boolean granted) {
        return new AuthorizationDecision(granted);
    }

    private static boolean isCaller(Supplier<? extends Authentication> authentication) {
        return authentication.get() instanceof CallerAuthentication;
    }

    private static boolean hasAny(Supplier<? extends Authentication> authentication, Role... roles) {
        return authentication.get() instanceof CallerAuthentication caller && caller.getPrincipal().hasAny(roles);
    }
}
