package jp.madoguchi.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import jp.madoguchi.console.platform.ConsoleProperties;
import jp.madoguchi.console.staff.adapter.in.security.SignInThrottleProperties;

@SpringBootApplication
@EnableConfigurationProperties({ConsoleProperties.class, SignInThrottleProperties.class})
public class StaffConsoleApplication {

    public static void main(String[] args) {
        // Not application.yml: the platform's modules may share one JVM in e2e-tests (ADR 0001).
        new SpringApplicationBuilder(StaffConsoleApplication.class)
                .properties("spring.config.name=staff-console")
                .run(args);
    }
}
