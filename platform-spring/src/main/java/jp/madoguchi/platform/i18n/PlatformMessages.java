package jp.madoguchi.platform.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The platform's user-facing texts, from {@code jp/madoguchi/platform/messages_ja.properties} (the default) and the
 * English {@code messages.properties} beside it. Inside a handler the locale is the dispatcher's; in a filter,
 * which runs before the dispatcher, it is resolved from the request with the same resolver.
 */
public class PlatformMessages {

    private final MessageSource messages;
    private final LocaleResolver locales;

    public PlatformMessages(LocaleResolver locales) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("jp/madoguchi/platform/messages");
        source.setDefaultEncoding("UTF-8");
        // The machine's locale must not decide the language an owner reads.
        source.setFallbackToSystemLocale(false);
        this.messages = source;
        this.locales = locales;
    }

    /** In a handler or advice: the request's locale as the dispatcher resolved it. */
    public String get(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** In a filter, before the dispatcher has set the locale. */
    public String get(HttpServletRequest request, String code, Object... args) {
        return messages.getMessage(code, args, locale(request));
    }

    /**
     * Japanese unless the request asks for English: owners read Japanese, and a browser or client set to English
     * gets English. Nothing else is offered, so no other language falls back to the machine's.
     */
    public static LocaleResolver japaneseFirst() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setDefaultLocale(Locale.JAPANESE);
        resolver.setSupportedLocales(List.of(Locale.JAPANESE, Locale.ENGLISH));
        return resolver;
    }

    private Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

}
