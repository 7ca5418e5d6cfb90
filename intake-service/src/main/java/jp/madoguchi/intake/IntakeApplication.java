package jp.madoguchi.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

import jp.madoguchi.intake.request.application.OpenRequestProperties;

@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties({ IntakeProperties.class, OpenRequestProperties.class })
public class IntakeApplication {

    public static void main(String[] args) {
        // Not application.yml: all services share one JVM in e2e-tests (ADR 0001).
        new SpringApplicationBuilder(IntakeApplication.class)
                .properties("spring.config.name=intake-service")
                .run(args);
    }
}
