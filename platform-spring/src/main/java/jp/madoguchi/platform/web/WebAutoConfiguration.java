package jp.madoguchi.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jp.madoguchi.platform.i18n.PlatformMessages;
import jp.madoguchi.platform.servlet.TomcatErrorReports;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details, strict JSON input and request size limits for a servlet web service, and problem details from
 * Tomcat itself for what it refuses before Spring.
 */
@AutoConfiguration(before = {JacksonAutoConfiguration.class, WebMvcAutoConfiguration.class},
        after = CompositeMeterRegistryAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebProperties.class)
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    RequestRejections requestRejections(ObjectProvider<MeterRegistry> meters) {
        return new CountedRequestRejections(meters.getIfAvailable(() -> Metrics.globalRegistry),
                "madoguchi.requests.rejected", "Requests refused before any use case ran, by reason");
    }

    /** The dispatcher finds it by this name; Boot's own would follow the machine's locale. */
    @Bean
    @ConditionalOnMissingBean(name = "localeResolver")
    LocaleResolver localeResolver() {
        return PlatformMessages.japaneseFirst();
    }

    @Bean
    @ConditionalOnMissingBean
    PlatformMessages platformMessages(@Qualifier("localeResolver") LocaleResolver localeResolver) {
        return new PlatformMessages(localeResolver);
    }

    /** Backs off for an application with an advice of its own of the same kind (the staff console's). */
    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemDetailsAdvice platformProblemDetails(RequestRejections rejections, PlatformMessages messages,
            MessageSource serviceMessages) {
        return new ProblemDetailsAdvice(rejections, messages, serviceMessages);
    }

    @Bean
    @ConditionalOnMissingBean(name = "strictJsonInput")
    JsonMapperBuilderCustomizer strictJsonInput() {
        return new StrictJsonInput();
    }

    /** Before everything else, security included: an oversized body is refused before a byte of it is parsed. */
    @Bean
    @ConditionalOnMissingBean(RequestSizeLimitFilter.class)
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(WebProperties properties,
            ObjectProvider<JsonMapper> json, RequestRejections rejections, PlatformMessages messages) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestBytes(), json.getIfAvailable(JsonMapper::new),
                        rejections, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Only where the server is Tomcat (every service's is, through the webmvc starter). */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatErrors {

        @Bean
        @ConditionalOnMissingBean(name = "tomcatErrorReports")
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatErrorReports(PlatformMessages messages) {
            return new TomcatErrorReports((request, status) ->
                    messages.get(request, status == 400 ? "problem.malformed-request" : "problem.unexpected"));
        }
    }
}
