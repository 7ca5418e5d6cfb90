package jp.madoguchi.notification.delivery.adapter.out.persistence;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.notification.platform.EventJson;
import jp.madoguchi.notification.platform.OutboxRelay;

/** The relay over every collection of this service that carries an outbox. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson json,
            MeterRegistry meters, @Value("${madoguchi.outbox.send-timeout-ms:10000}") long sendTimeoutMillis) {
        return new OutboxRelay(mongo, kafka, json, meters, "/madoguchi/notification-service",
                List.of(MongoDeliveries.COLLECTION), sendTimeoutMillis);
    }
}
