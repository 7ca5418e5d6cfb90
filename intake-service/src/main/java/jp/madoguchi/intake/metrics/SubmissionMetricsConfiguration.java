package jp.madoguchi.intake.metrics;

import java.util.Set;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration(proxyBeanMethods = false)
class SubmissionMetricsConfiguration {

    /** The JSON API's and the owner web form's. */
    static final Set<String> SUBMISSIONS = Set.of("/api/v1/consultation-requests", "/request");

    @Bean
    SubmissionOutcomes submissionOutcomes(MeterRegistry meters) {
        return new SubmissionOutcomes(meters);
    }

    @Bean
    FilterRegistrationBean<SubmissionCountingFilter> submissionCountingFilter(SubmissionOutcomes outcomes) {
        FilterRegistrationBean<SubmissionCountingFilter> registration =
                new FilterRegistrationBean<>(new SubmissionCountingFilter(outcomes, SUBMISSIONS));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
