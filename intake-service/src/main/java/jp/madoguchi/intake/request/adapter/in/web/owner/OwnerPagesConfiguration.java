package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.madoguchi.platform.i18n.PlatformMessages;

/**
 * The owner's pages: Japanese unless the browser asks for English ({@code Accept-Language}) or the owner chose it
 * with {@code ?lang=en} (remembered in a cookie, the only one the service sets; {@code ?lang=ja} switches back);
 * POSTs from the service's own pages only.
 */
@Configuration(proxyBeanMethods = false)
class OwnerPagesConfiguration {

    static final String[] PAGES = {"/", OwnerFormController.FORM, OwnerFormController.FORM + "/**",
        OwnerStatusController.STATUS + "/**"};
    private static final String LANGUAGE_COOKIE = "madoguchi-lang";

    /** Replaces the platform's (same name): the cookie first, then the platform's Japanese-first header rule. */
    @Bean
    LocaleResolver localeResolver() {
        LocaleResolver header = PlatformMessages.japaneseFirst();
        CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocaleFunction(header::resolveLocale);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setRejectInvalidCookies(true);
        return resolver;
    }

    @Bean
    WebMvcConfigurer ownerPages(@Qualifier("localeResolver") LocaleResolver resolver) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new LanguageChoice(resolver)).addPathPatterns(PAGES);
                registry.addInterceptor(new SameOriginPosts()).addPathPatterns(PAGES);
            }
        };
    }

    /** {@code ?lang=ja} or {@code ?lang=en}; any other value is ignored, so no third language creeps in. */
    record LanguageChoice(LocaleResolver resolver) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String lang = request.getParameter("lang");
            if ("ja".equals(lang) || "en".equals(lang)) {
                resolver.setLocale(request, response, Locale.forLanguageTag(lang));
            }
            return true;
        }
    }
}
