package jp.madoguchi.intake.access;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.LocaleResolver;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.intake.metrics.SubmissionOutcomes;
import jp.madoguchi.intake.metrics.TalliedRequestRejections;
import jp.madoguchi.intake.ratelimit.ClientRateLimiter;
import jp.madoguchi.intake.ratelimit.RateLimitFilter;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.EndpointRules;
import jp.madoguchi.platform.security.ResourceServerCustomizer;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.platform.security.Scopes;
import jp.madoguchi.platform.web.CountedRequestRejections;
import jp.madoguchi.platform.web.RequestRejections;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake's rules per endpoint (ADR 0002), applied by the platform's resource-server chain. This is the coarse
 * layer: who may call an endpoint at all. Which chamber's or consultant's request a caller may see is decided by
 * the use cases.
 */
@Configuration(proxyBeanMethods = false)
class IntakeEndpointRules {

    static final String REQUESTS = "/api/v1/consultation-requests";
    static final String STATUS_TOKEN_HEADER = "X-Status-Token";

    @Bean
    EndpointRules intakeRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/v1/chambers").permitAll()
                // The owner's web form is anonymous; with a token, only intake staff and advisors.
                .requestMatchers(HttpMethod.POST, REQUESTS)
                .access(anonymousOr(Role.FEDERATION_STAFF, Role.CHAMBER_ADVISOR))
                .requestMatchers(HttpMethod.GET, REQUESTS + "/*/contact")
                .hasAnyAuthority(Scopes.authority(IntakeScopes.CONTACT_READ), Role.CONSULTANT.authority())
                // The requester proves themselves with the status token, checked in the use case.
                .requestMatchers(HttpMethod.GET, REQUESTS + "/*")
                .access(statusTokenOr(Role.FEDERATION_STAFF, Role.ADMIN, Role.CHAMBER_ADVISOR))
                // The owner's actions, with the status token; staff and the chamber's advisor on their behalf.
                .requestMatchers(HttpMethod.POST, REQUESTS + "/*/withdrawal", REQUESTS + "/*/date-change")
                .access(statusTokenOr(Role.FEDERATION_STAFF, Role.CHAMBER_ADVISOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/audit-events").hasRole(Role.ADMIN.name())
                // The registry is public to read (the form's picker) and changed by administrators only.
                .requestMatchers(HttpMethod.GET, "/api/v1/chambers/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/chambers").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.PUT, "/api/v1/chambers/*").hasRole(Role.ADMIN.name())
                // Erasure (APPI): administrators erase; the owner asks with the status token; staff see the asks.
                .requestMatchers(HttpMethod.POST, REQUESTS + "/*/erasure").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, REQUESTS + "/*/erasure-request").access(statusTokenOr())
                .requestMatchers(HttpMethod.GET, "/api/v1/erasure-requests")
                .hasAnyRole(Role.ADMIN.name(), Role.FEDERATION_STAFF.name())
                .requestMatchers("/api/v1/admin/re-encryption").hasRole(Role.ADMIN.name());
    }

    /**
     * Intake counts its refusals under its own name, the platform's reasons and the rate limit's beside its own
     * domain refusals ({@code domain_rule}, {@code unknown_chamber}, {@code inactive_chamber}).
     */
    @Bean
    RequestRejections intakeRejections(MeterRegistry meters, SubmissionOutcomes submissions) {
        return new TalliedRequestRejections(new CountedRequestRejections(meters, "madoguchi.intake.requests.rejected",
                "Consultation requests and other intake calls refused, by reason"), submissions);
    }

    /** Anonymous submissions are rate limited per client IP; staff with a valid token are not (phone intake). */
    @Bean
    ResourceServerCustomizer anonymousSubmissionLimit(ClientRateLimiter limiter, RequestRejections rejections,
            JsonMapper json, MessageSource messages, @Qualifier("localeResolver") LocaleResolver locales) {
        RateLimitFilter filter = new RateLimitFilter(limiter, rejections, json, HttpMethod.POST, REQUESTS,
                request -> messages.getMessage("request.rate-limited", null, locales.resolveLocale(request)));
        return http -> http.addFilterAfter(filter, BearerTokenAuthenticationFilter.class);
    }

    private static AuthorizationManager<RequestAuthorizationContext> anonymousOr(Role... roles) {
        return (authentication, context) -> {
            Caller caller = caller(authentication);
            return new AuthorizationDecision(caller.isAnonymous() || caller.hasAny(roles));
        };
    }

    private static AuthorizationManager<RequestAuthorizationContext> statusTokenOr(Role... roles) {
        return (authentication, context) -> new AuthorizationDecision(caller(authentication).hasAny(roles)
                || context.getRequest().getHeader(STATUS_TOKEN_HEADER) != null);
    }

    private static Caller caller(Supplier<? extends Authentication> authentication) {
        return Caller.of(authentication.get());
    }
}
