package jp.madoguchi.scheduling.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.HotPathQueries;

/**
 * The whole service against the shared embedded Kafka broker and Mongo wire server, with a clock the
 * test sets and a recorder of the queries a path sends ({@link HotPathQueries}). Every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@Import(SchedulingServiceTest.Clocks.class)
public @interface SchedulingServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }

        @Bean
        HotPathQueries hotPathQueries() {
            return new HotPathQueries();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer recordHotPathQueries(HotPathQueries queries) {
            return queries::register;
        }
    }
}
