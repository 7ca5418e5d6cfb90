package jp.madoguchi.scheduling;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduling service: books consultants and slots for consultation requests. */
@SpringBootApplication
@EnableScheduling
public class SchedulingApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(SchedulingApplication.class)
                .properties("spring.config.name=scheduling-service")
                .run(args);
    }

    /** Rules read "now" only through this clock, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
