package jp.madoguchi.analytics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(AnalyticsProperties.class)
public class AnalyticsApplication {

    public static void main(String[] args) {
        // Own config name: all services share one classpath in e2e-tests (ADR 0001).
        new SpringApplicationBuilder(AnalyticsApplication.class)
                .properties("spring.config.name=analytics-service")
                .run(args);
    }
}
