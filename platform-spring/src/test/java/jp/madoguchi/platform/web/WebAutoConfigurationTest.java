package jp.madoguchi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import jp.madoguchi.platform.i18n.PlatformMessages;

class WebAutoConfigurationTest {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebAutoConfiguration.class))
            .withBean(SimpleMeterRegistry.class);

    @Test
    void onInAServletService() {
        runner.withPropertyValues("madoguchi.web.max-request-bytes=1024").run(context -> {
            assertThat(context).hasSingleBean(ProblemDetailsAdvice.class).hasSingleBean(RequestRejections.class)
                    .hasSingleBean(FilterRegistrationBean.class);
            assertThat(context.getBean(WebProperties.class).maxRequestBytes()).isEqualTo(1024);
            context.getBean(RequestRejections.class).rejected(RequestRejections.TOO_LARGE);
            assertThat(context.getBean(SimpleMeterRegistry.class).get("madoguchi.requests.rejected")
                    .tag("reason", "too_large").counter().count()).isEqualTo(1.0);
        });
    }

    @Test
    void offOutsideAServletWebApplication() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(WebAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ProblemDetailsAdvice.class));
    }

    @Test
    void aServicesOwnRejectionCountReplacesThePlatformsOne() {
        runner.withUserConfiguration(OwnRejections.class).run(context -> {
            assertThat(context).hasSingleBean(RequestRejections.class);
            assertThat(context.getBean(RequestRejections.class)).isSameAs(context.getBean("billingRejections"));
        });
    }

    @Test
    void anApplicationWithItsOwnAdviceKeepsIt() {
        runner.withUserConfiguration(OwnAdvice.class).run(context -> {
            assertThat(context).doesNotHaveBean(ProblemDetailsAdvice.class).hasSingleBean(ResponseEntityExceptionHandler.class);
            assertThat(context).hasSingleBean(PlatformMessages.class);
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnAdvice {

        @Bean
        ResponseEntityExceptionHandler consoleProblems() {
            return new ResponseEntityExceptionHandler() { };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnRejections {

        @Bean
        RequestRejections billingRejections() {
            return reason -> { };
        }
    }
}
