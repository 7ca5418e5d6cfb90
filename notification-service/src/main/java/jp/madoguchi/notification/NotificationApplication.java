package jp.madoguchi.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class NotificationApplication {

    public static void main(String[] args) {
        // Own config name: all services share one classpath in e2e-tests (ADR 0001).
        new SpringApplicationBuilder(NotificationApplication.class)
                .properties("spring.config.name=notification-service")
                .run(args);
    }
}
