package jp.madoguchi.notification.delivery.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
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
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.notification.delivery.application.Deliveries;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.DeliveryStatus;
import jp.madoguchi.notification.platform.CurrentTrace;
import jp.madoguchi.notification.platform.EventJson;
import jp.madoguchi.notification.platform.OutboxEntry;
import jp.madoguchi.notification.platform.OutboxRelay;

/**
 * Collection {@code deliveries}: {@code _id} is the delivery id (a natural key, see
 * {@link jp.madoguchi.notification.delivery.domain.Notice#deliveryId()}), so the insert itself is the
 * idempotency check. The announcement rides in the same document's {@code outbox}.
 */
@Repository
public class MongoDeliveries implements Deliveries {

    public static final String COLLECTION = "deliveries";

    private final MongoTemplate mongo;
    private final EventJson json;
    private final OutboxRelay relay;
    private final CurrentTrace trace;

    public MongoDeliveries(MongoTemplate mongo, EventJson json, OutboxRelay relay, CurrentTrace trace) {
        this.mongo = mongo;
        this.json = json;
        this.relay = relay;
        this.trace = trace;
        mongo.indexOps(COLLECTION).createIndex(new Index("consultationId", Sort.Direction.ASC).named("consultationId"));
    }

    @Override
    public boolean recordNew(Delivery delivery, NotificationDelivered announcement) {
        Document document = toDocument(delivery)
                .append(OutboxEntry.FIELD, new ArrayList<>(List.of(OutboxEntry.of(announcement, json, trace))));
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.nudge();
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
