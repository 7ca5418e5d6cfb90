package jp.madoguchi.intake.audit.adapter.out.persistence;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import jp.madoguchi.intake.audit.application.AuditFilter;
import jp.madoguchi.intake.audit.application.AuditLog;
import jp.madoguchi.intake.audit.application.AuditTrail;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.platform.mongo.MongoIndexes;

/**
 * Collection {@code auditEvents} (see {@link AuditEventDocument}). This class only ever inserts and reads; in
 * production the service's database user should hold no update or remove right on it either.
 */
@Component
class MongoAuditEvents implements AuditTrail, AuditLog {

    private final MongoTemplate mongo;

    MongoAuditEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(AuditEvent event) {
        Document entry = new Document(AuditEventDocument.ID, event.id().toString())
                .append(AuditEventDocument.AT, Date.from(event.at()))
                .append(AuditEventDocument.ACTOR, event.actor())
                .append(AuditEventDocument.ROLES, event.roles())
                .append(AuditEventDocument.ACTION, event.action().name())
                .append(AuditEventDocument.CONSULTATION_ID,
                        event.consultationId() == null ? null : event.consultationId().toString())
                .append(AuditEventDocument.CHAMBER_ID, event.chamberId())
                .append(AuditEventDocument.OUTCOME, event.outcome().name());
        if (!event.changedFields().isEmpty()) {
            entry.append(AuditEventDocument.CHANGED_FIELDS, event.changedFields());
        }
        collection().insertOne(entry);
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.consultationId() != null) {
            conditions.add(Filters.eq(AuditEventDocument.CONSULTATION_ID, filter.consultationId().toString()));
        }
        if (filter.from() != null) {
            conditions.add(Filters.gte(AuditEventDocument.AT, Date.from(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lt(AuditEventDocument.AT, Date.from(filter.to())));
        }
        Bson query = conditions.isEmpty() ? new Document() : Filters.and(conditions);
        List<AuditEvent> events = new ArrayList<>();
        for (Document d : collection().find(query)
                .sort(Sorts.orderBy(Sorts.descending(AuditEventDocument.AT), Sorts.descending(AuditEventDocument.ID)))
                .skip(offset).limit(limit)) {
            String consultationId = d.getString(AuditEventDocument.CONSULTATION_ID);
            events.add(new AuditEvent(UUID.fromString(d.getString(AuditEventDocument.ID)),
                    d.getDate(AuditEventDocument.AT).toInstant(), d.getString(AuditEventDocument.ACTOR),
                    d.getList(AuditEventDocument.ROLES, String.class),
                    AuditAction.valueOf(d.getString(AuditEventDocument.ACTION)),
                    consultationId == null ? null : UUID.fromString(consultationId),
                    d.getString(AuditEventDocument.CHAMBER_ID),
                    AuditOutcome.valueOf(d.getString(AuditEventDocument.OUTCOME)),
                    d.getList(AuditEventDocument.CHANGED_FIELDS, String.class)));
        }
        return events;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(AuditEventDocument.COLLECTION);
    }

    /** For the audit log's queries: newest first, overall and per consultation. */
    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes auditEventIndexes() {
            return MongoIndexes.of(AuditEventDocument.COLLECTION,
                    new IndexModel(Indexes.descending(AuditEventDocument.AT),
                            new IndexOptions().name(AuditEventDocument.AT_DESC)),
                    new IndexModel(Indexes.compoundIndex(Indexes.ascending(AuditEventDocument.CONSULTATION_ID),
                            Indexes.descending(AuditEventDocument.AT)),
                            new IndexOptions().name(AuditEventDocument.CONSULTATION_ID_AT)));
        }
    }
}
