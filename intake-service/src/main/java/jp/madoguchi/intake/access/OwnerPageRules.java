package jp.madoguchi.intake.access;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import jp.madoguchi.intake.ratelimit.ClientRateLimiter;
import jp.madoguchi.intake.ratelimit.RateLimitFilter;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.EndpointRules;
import jp.madoguchi.platform.security.ResourceServerCustomizer;
import jp.madoguchi.platform.web.RequestRejections;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owner's web pages (form, receipt, status page) and their stylesheet are public. Their POSTs are the owner's,
 * anonymous like the JSON web form: a bearer token has no business there (staff use the API). The form's
 * submissions share the JSON form's rate limit (the same buckets per client IP). The pages load nothing but the
 * service's own stylesheet and script, which a strict Content-Security-Policy holds them to.
 */
@Configuration(proxyBeanMethods = false)
class OwnerPageRules {

    static final String FORM = "/request";
    static final String STATUS_PAGES = "/requests/**";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; "
            + "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    EndpointRules ownerPageEndpoints() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/", FORM, FORM + "/receipt/*", STATUS_PAGES, "/owner/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, FORM, STATUS_PAGES).access(anonymousOnly());
    }

    @Bean
    ResourceServerCustomizer ownerPageDefences(ClientRateLimiter limiter, RequestRejections rejections,
            JsonMapper json, MessageSource messages, @Qualifier("localeResolver") LocaleResolver locales) {
        RateLimitFilter formLimit = new RateLimitFilter(limiter, rejections, json, HttpMethod.POST, FORM,
                request -> messages.getMessage("request.rate-limited", null, locales.resolveLocale(request)));
        RequestMatcher pages = new OrRequestMatcher(path("/"), path(FORM), path(FORM + "/**"), path(STATUS_PAGES));
        return http -> http.addFilterAfter(formLimit, BearerTokenAuthenticationFilter.class)
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(pages,
                        new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY))));
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static AuthorizationManager<RequestAuthorizationContext> anonymousOnly() {
        return (authentication, context) -> new AuthorizationDecision(Caller.of(authentication.get()).isAnonymous());
    }
}
