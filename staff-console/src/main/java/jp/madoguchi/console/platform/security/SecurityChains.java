package jp.madoguchi.console.platform.security;

import java.util.ArrayList;
import java.util.Collection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three filter chains:
 * <ol>
 * <li>the OAuth2/OIDC endpoints of Spring Authorization Server (token, JWKS, discovery, device flow, ...);</li>
 * <li>{@code /api/**} and {@code /actuator/**}: bearer tokens of this issuer or the session, problem+json
 * refusals; health open for probes, the rest of the actuator OPERATOR, the audit API and disabling staff ADMIN;</li>
 * <li>the browser pages: throttled form sign-in, sign-out, everything else signed in.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityChains {

    /**
     * Every answer of the console, pages and the authorization server's alike: only its own scripts, styles and
     * forms, never framed, no plugins, no {@code <base>}. The pages have no inline script or style, so no nonce.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, RegisteredClientRepository clients,
            AuthorizationServerSettings settings) throws Exception {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.oidc(Customizer.withDefaults())
                    .clientAuthentication(client -> client
                            .authenticationConverter(new DeviceClientAuthentication.Converter(
                                    settings.getDeviceAuthorizationEndpoint()))
                            .authenticationProvider(new DeviceClientAuthentication.Provider(clients)))
                    .tokenEndpoint(token -> token.accessTokenRequestConverters(
                            converters -> converters.add(0, new RegisteredScopesByDefault())))
                    .tokenIntrospectionEndpoint(introspection -> introspection.authenticationProviders(providers -> {
                        providers.clear();
                        providers.add(new NoIntrospection());
                    }))
                    // Absolute, from the configured issuer: a relative one is built from the request's Host header,
                    // which a phisher controls (issue #7).
                    .deviceAuthorizationEndpoint(device -> device.verificationUri(settings.getIssuer() + "/activate"))
                    .deviceVerificationEndpoint(verification -> verification.consentPage("/activate/consent")
                            .deviceVerificationResponseHandler((request, response, authentication) ->
                                    response.sendRedirect(request.getContextPath() + "/activated")));
        })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(onlyAt(settings.getOidcUserInfoEndpoint()))
                        .jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browsers()))
                .headers(SecurityChains::contentSecurityPolicy);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority("ROLE_OPERATOR", "SCOPE_metrics.read")
                        .requestMatchers("/actuator/**").hasRole("OPERATOR")
                        .requestMatchers("/api/v1/audit-events", "/api/v1/audit-events/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/staff-users/*/disable").hasRole("ADMIN")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAndScopes()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(SecurityChains::contentSecurityPolicy);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, AuthenticationProvider throttledSignIn,
            AuthenticationFailureHandler signInFailure, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/activate", "/error", "/css/**").permitAll()
                        .anyRequest().authenticated())
                // Only the throttled provider, and no parent manager to fall back to.
                .authenticationManager(new ProviderManager(throttledSignIn))
                .formLogin(form -> form.loginPage("/login").failureHandler(signInFailure).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("MADOGUCHI_CONSOLE_SESSION"))
                // Registers each signed-in session (no limit on their number); SessionLimits ends the expired ones.
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login"))
                .headers(SecurityChains::contentSecurityPolicy);
        return http.build();
    }

    private static void contentSecurityPolicy(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
    }

    /**
     * In the authorization server's chain a bearer token counts only at {@code /userinfo}. Anywhere else it would
     * stand in for the signed-in person: at {@code /oauth2/authorize} or {@code /oauth2/device_verification} any
     * access token (even a service's) would get a code for a fresh one, so a stolen token would never expire and
     * the throttled sign-in would be bypassed.
     */
    private static BearerTokenResolver onlyAt(String path) {
        DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
        RequestMatcher userInfo = PathPatternRequestMatcher.withDefaults().matcher(path);
        return request -> userInfo.matches(request) ? bearer.resolve(request) : null;
    }

    /** Requests that ask for HTML explicitly (a browser); curl's {@code *}{@code /*} gets a 401 instead. */
    private static MediaTypeRequestMatcher browsers() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return html;
    }

    /** ADR 0002: {@code roles} → {@code ROLE_<role>}, {@code scope} → {@code SCOPE_<scope>}. */
    static JwtAuthenticationConverter rolesAndScopes() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> all = new ArrayList<>(roles.convert(jwt));
            all.addAll(scopes.convert(jwt));
            return all;
        });
        return converter;
    }
}
