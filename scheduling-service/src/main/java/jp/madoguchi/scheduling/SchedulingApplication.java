package jp.madoguchi.scheduling;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The scheduling service: books consultants and slots for consultation requests. */
@SpringBootApplication
public class SchedulingApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(SchedulingApplication.class)
                .properties("spring.config.name=scheduling-service")
                .run(args);
    }
}
