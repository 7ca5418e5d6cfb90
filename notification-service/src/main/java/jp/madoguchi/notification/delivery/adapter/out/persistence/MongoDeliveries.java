package jp.madoguchi.notification.delivery.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Repository;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.notification.delivery.application.Deliveries;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.DeliveryStatus;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * Collection {@code deliveries}: {@code _id} is the delivery id (a natural key, see
 * {@link jp.madoguchi.notification.delivery.domain.Notice#deliveryId()}), so the insert itself is the
 * idempotency check. The announcement rides in the same document's {@code outbox}.
 */
@Repository
public class MongoDeliveries implements Deliveries {

    public static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    public MongoDeliveries(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        mongo.indexOps(COLLECTION).createIndex(new Index("consultationId", Sort.Direction.ASC).named("consultationId"));
    }

    @Override
    public boolean recordNew(WithEvents<Delivery> recorded) {
        Document document = toDocument(recorded.state())
                .append(OutboxEntry.FIELD, outbox.entries(recorded.events()));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        outbox.written();
        return true;
    }

    @Override
    public Optional<Delivery> find(UUID deliveryId) {
        return Optional.ofNullable(mongo.findById(deliveryId.toString(), Document.class, COLLECTION))
                .map(MongoDeliveries::toDelivery);
    }

    @Override
    public List<Delivery> ofConsultation(UUID consultationId) {
        return mongo.find(query(where("consultationId").is(consultationId.toString()))
                        .with(Sort.by("recordedAt", "_id")), Document.class, COLLECTION)
                .stream().map(MongoDeliveries::toDelivery).toList();
    }

    private static Document toDocument(Delivery d) {
        return new Document("_id", d.deliveryId().toString())
                .append("deliveryId", d.deliveryId().toString())
                .append("consultationId", d.consultationId().toString())
                .append("federationId", d.federationId())
                .append("appointmentId", d.appointmentId() == null ? null : d.appointmentId().toString())
                .append("purpose", d.purpose().name())
                .append("recipientRole", d.recipientRole().name())
                .append("channel", d.channel().name())
                .append("status", d.status().name())
                .append("causedByEventId", d.causedByEventId().toString())
                .append("recordedAt", Date.from(d.recordedAt()));
    }

    private static Delivery toDelivery(Document d) {
        String appointmentId = d.getString("appointmentId");
        return new Delivery(
                UUID.fromString(d.getString("deliveryId")),
                UUID.fromString(d.getString("consultationId")),
                d.getString("federationId"),
                appointmentId == null ? null : UUID.fromString(appointmentId),
                NotificationPurpose.valueOf(d.getString("purpose")),
                RecipientRole.valueOf(d.getString("recipientRole")),
                NotificationChannel.valueOf(d.getString("channel")),
                DeliveryStatus.valueOf(d.getString("status")),
                UUID.fromString(d.getString("causedByEventId")),
                d.getDate("recordedAt").toInstant());
    }
}
