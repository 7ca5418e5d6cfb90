package jp.madoguchi.platform.servlet;

import java.util.List;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Loggers that print stored documents and bodies never log below INFO, whatever level is configured: the Mongo
 * driver's command log writes every insert and reply in full (status-token hashes, blind indexes and ciphertexts included), and Spring MVC writes
 * request and response bodies. A turbo filter decides before the level does, so neither {@code logging.level.*} nor
 * a DEBUG root logger can switch them on.
 */
public final class SecretFreeLogging extends TurboFilter {

    /**
     * Logger name prefixes whose DEBUG and TRACE output carries document or body contents: the Mongo driver's
     * commands, Spring MVC's "Read ... to [the request body]" and "Writing [the response body]" (a form with a name
     * and phone number, a status token shown once), and HTTP clients' bodies (contact details read from intake).
     */
    static final List<String> DOCUMENT_LOGGERS = List.of(
            "org.mongodb.driver.protocol.command",
            "org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor",
            "org.springframework.web.servlet.mvc.method.annotation.HttpEntityMethodProcessor",
            "org.springframework.http.converter",
            "org.springframework.web.client",
            "org.springframework.http.client");

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (level != null && !level.isGreaterOrEqual(Level.INFO)
                && DOCUMENT_LOGGERS.stream().anyMatch(logger.getName()::startsWith)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }

    /**
     * Installs the filter in Logback once Boot has set logging up (each start resets Logback, dropping turbo
     * filters) and before any bean — the Mongo client included — exists.
     */
    public static BeanFactoryPostProcessor installer() {
        return beanFactory -> {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                    && logback.getTurboFilterList().stream().noneMatch(SecretFreeLogging.class::isInstance)) {
                SecretFreeLogging filter = new SecretFreeLogging();
                filter.setName("secret-free-logging");
                filter.start();
                logback.addTurboFilter(filter);
            }
        };
    }
}
