package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.madoguchi.scheduling.platform.OutboxCollection;

/** Tells the outbox relay which of this feature's collections carry pending events. */
@Configuration(proxyBeanMethods = false)
class OutboxCollections {

    @Bean
    OutboxCollection appointmentsOutbox() {
        return new OutboxCollection(MongoAppointmentStore.COLLECTION);
    }

    @Bean
    OutboxCollection waitlistOutbox() {
        return new OutboxCollection(MongoWaitlistStore.COLLECTION);
    }
}
