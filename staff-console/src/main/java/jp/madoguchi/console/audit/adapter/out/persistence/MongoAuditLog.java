package jp.madoguchi.console.audit.adapter.out.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import jp.madoguchi.console.audit.application.AuditLog;
import jp.madoguchi.console.audit.application.AuditQuery;
import jp.madoguchi.console.audit.domain.AuditEvent;

/** Collection {@code auditEvents}. Only {@code insert} is used here: there is no update or delete path. */
@Component
class MongoAuditLog implements AuditLog {

    static final String COLLECTION = "auditEvents";

    private final MongoTemplate mongo;

    MongoAuditLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("actor", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    @Override
    public void append(AuditEvent event) {
        mongo.insert(new AuditEventDocument(event.eventId(), event.at(), event.actor(), event.roles(), event.action(),
                event.outcome(), event.target(), event.remoteAddress()), COLLECTION);
    }

    @Override
    public List<AuditEvent> find(AuditQuery query) {
        Criteria criteria = new Criteria();
        if (query.actor() != null) {
            criteria.and("actor").is(query.actor());
        }
        if (query.action() != null) {
            criteria.and("action").is(query.action());
        }
        if (query.from() != null || query.to() != null) {
            Criteria at = criteria.and("at");
            if (query.from() != null) {
                at.gte(query.from());
            }
            if (query.to() != null) {
                at.lt(query.to());
            }
        }
        Query mongoQuery = new Query(criteria).with(Sort.by(Sort.Direction.DESC, "at")).limit(query.limit());
        return mongo.find(mongoQuery, AuditEventDocument.class, COLLECTION).stream()
                .map(d -> new AuditEvent(d.id(), d.at(), d.actor(), d.roles(), d.action(), d.outcome(), d.target(),
                        d.remoteAddress()))
                .toList();
    }

    @Document(COLLECTION)
    record AuditEventDocument(@Id String id, Instant at, String actor, List<String> roles, String action,
            String outcome, String target, String remoteAddress) {
    }
}
