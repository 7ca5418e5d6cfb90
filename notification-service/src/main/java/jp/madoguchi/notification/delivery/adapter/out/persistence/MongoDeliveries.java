package jp.madoguchi.notification.delivery.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.notification.delivery.application.Deliveries;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.DeliveryStatus;
import jp.madoguchi.platform.mongo.MongoIndexes;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * Collection {@code deliveries} (see {@link DeliveryDocument}): {@code _id} is the delivery id (a natural key, see
 * {@link jp.madoguchi.notification.delivery.domain.Notice#deliveryId()}), so the insert itself is the
 * idempotency check. The announcement rides in the same document's {@code outbox}.
 */
@Repository
public class MongoDeliveries implements Deliveries {

    private final MongoTemplate mongo;
    private final Outbox outbox;

    public MongoDeliveries(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean recordNew(WithEvents<Delivery> recorded) {
        Document document = toDocument(recorded.state())
                .append(OutboxEntry.FIELD, outbox.entries(recorded.events()));
        // _id is the only unique index: false means the delivery is recorded already.
        return outbox.insertNew(mongo.getCollection(DeliveryDocument.COLLECTION), document);
    }

    @Override
    public Optional<Delivery> find(UUID deliveryId) {
        return Optional.ofNullable(mongo.findById(deliveryId.toString(), Document.class, DeliveryDocument.COLLECTION))
                .map(MongoDeliveries::toDelivery);
    }

    @Override
    public List<Delivery> ofConsultation(UUID consultationId) {
        return mongo.find(query(where(DeliveryDocument.CONSULTATION_ID).is(consultationId.toString()))
                        .with(Sort.by(DeliveryDocument.RECORDED_AT, DeliveryDocument.ID)),
                        Document.class, DeliveryDocument.COLLECTION)
                .stream().map(MongoDeliveries::toDelivery).toList();
    }

    private static Document toDocument(Delivery d) {
        return new Document(DeliveryDocument.ID, d.deliveryId().toString())
                .append(DeliveryDocument.DELIVERY_ID, d.deliveryId().toString())
                .append(DeliveryDocument.CONSULTATION_ID, d.consultationId().toString())
                .append(DeliveryDocument.FEDERATION_ID, d.federationId())
                .append(DeliveryDocument.APPOINTMENT_ID, d.appointmentId() == null ? null : d.appointmentId().toString())
                .append(DeliveryDocument.PURPOSE, d.purpose().name())
                .append(DeliveryDocument.RECIPIENT_ROLE, d.recipientRole().name())
                .append(DeliveryDocument.CHANNEL, d.channel().name())
                .append(DeliveryDocument.STATUS, d.status().name())
                .append(DeliveryDocument.CAUSED_BY_EVENT_ID, d.causedByEventId().toString())
                .append(DeliveryDocument.RECORDED_AT, Date.from(d.recordedAt()));
    }

    private static Delivery toDelivery(Document d) {
        String appointmentId = d.getString(DeliveryDocument.APPOINTMENT_ID);
        return new Delivery(
                UUID.fromString(d.getString(DeliveryDocument.DELIVERY_ID)),
                UUID.fromString(d.getString(DeliveryDocument.CONSULTATION_ID)),
                d.getString(DeliveryDocument.FEDERATION_ID),
                appointmentId == null ? null : UUID.fromString(appointmentId),
                NotificationPurpose.valueOf(d.getString(DeliveryDocument.PURPOSE)),
                RecipientRole.valueOf(d.getString(DeliveryDocument.RECIPIENT_ROLE)),
                NotificationChannel.valueOf(d.getString(DeliveryDocument.CHANNEL)),
                DeliveryStatus.valueOf(d.getString(DeliveryDocument.STATUS)),
                UUID.fromString(d.getString(DeliveryDocument.CAUSED_BY_EVENT_ID)),
                d.getDate(DeliveryDocument.RECORDED_AT).toInstant());
    }

    /** For listing one consultation's deliveries ({@link MongoDeliveries#ofConsultation}). */
    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes deliveryIndexes() {
            return MongoIndexes.of(DeliveryDocument.COLLECTION,
                    new IndexModel(Indexes.ascending(DeliveryDocument.CONSULTATION_ID),
                            new IndexOptions().name(DeliveryDocument.BY_CONSULTATION)));
        }
    }
}
