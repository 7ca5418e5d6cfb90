package jp.madoguchi.intake.audit.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import jp.madoguchi.intake.audit.application.AuditFilter;
import jp.madoguchi.intake.audit.application.AuditLog;
import jp.madoguchi.intake.audit.application.AuditTrail;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;

/**
 * Collection {@code auditEvents}: {@code _id} (UUID string), {@code at}, {@code actor}, {@code roles},
 * {@code action}, {@code consultationId}, {@code chamberId}, {@code outcome}. This class only ever inserts and
 * reads; in production the service's database user should hold no update or remove right on it either.
 */
@Component
class MongoAuditEvents implements AuditTrail, AuditLog {

    static final String COLLECTION = "auditEvents";

    private final MongoTemplate mongo;

    MongoAuditEvents(MongoTemplate mongo) {
        this.mongo = mongo;
        collection().createIndex(Indexes.descending("at"), new IndexOptions().name("at_desc"));
        collection().createIndex(Indexes.compoundIndex(Indexes.ascending("consultationId"), Indexes.descending("at")),
                new IndexOptions().name("consultationId_at"));
    }

    @Override
    public void record(AuditEvent event) {
        collection().insertOne(new Document("_id", event.id().toString())
                .append("at", Date.from(event.at()))
                .append("actor", event.actor())
                .append("roles", event.roles())
                .append("action", event.action().name())
                .append("consultationId", event.consultationId().toString())
                .append("chamberId", event.chamberId())
                .append("outcome", event.outcome().name()));
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.consultationId() != null) {
            conditions.add(Filters.eq("consultationId", filter.consultationId().toString()));
        }
        if (filter.from() != null) {
            conditions.add(Filters.gte("at", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lt("at", Date.from(filter.to())));
        }
        Bson query = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<AuditEvent> events = new ArrayList<>();
        for (Document d : collection().find(query).sort(Sorts.orderBy(Sorts.descending("at"), Sorts.descending("_id")))
                .skip(offset).limit(limit)) {
            events.add(new AuditEvent(UUID.fromString(d.getString("_id")), d.getDate("at").toInstant(),
                    d.getString("actor"), d.getList("roles", String.class), AuditAction.valueOf(d.getString("action")),
                    UUID.fromString(d.getString("consultationId")), d.getString("chamberId"),
                    AuditOutcome.valueOf(d.getString("outcome"))));
        }
        return events;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
