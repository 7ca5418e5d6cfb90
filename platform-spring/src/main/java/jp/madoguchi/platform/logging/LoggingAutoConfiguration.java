package jp.madoguchi.platform.logging;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import ch.qos.logback.classic.LoggerContext;
import jp.madoguchi.platform.servlet.SecretFreeLogging;

/** Keeps stored documents out of every service's log at any level ({@link SecretFreeLogging}). */
@AutoConfiguration
@ConditionalOnClass(LoggerContext.class)
public class LoggingAutoConfiguration {

    /** Static: a post-processor must exist before the configuration class itself is built. */
    @Bean
    static BeanFactoryPostProcessor secretFreeLogging() {
        return SecretFreeLogging.installer();
    }
}
