package jp.madoguchi.intake.erasure.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import jp.madoguchi.intake.erasure.application.ErasureRequests;
import jp.madoguchi.intake.erasure.domain.ErasureRequest;
import jp.madoguchi.platform.mongo.MongoIndexes;

/**
 * Collection {@code erasureRequests}: {@code _id} = the consultation id the owner asked from, {@code chamberId},
 * {@code requestedAt}, {@code resolvedAt} (absent while pending). No personal data.
 */
@Component
class MongoErasureRequests implements ErasureRequests {

    static final String COLLECTION = "erasureRequests";
    private static final String CHAMBER_ID = "chamberId";
    private static final String REQUESTED_AT = "requestedAt";
    private static final String RESOLVED_AT = "resolvedAt";

    private final MongoTemplate mongo;

    MongoErasureRequests(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public ErasureRequest record(ErasureRequest request) {
        Document stored = collection().findOneAndUpdate(Filters.eq("_id", request.consultationId().toString()),
                Updates.combine(Updates.setOnInsert(CHAMBER_ID, request.chamberId()),
                        Updates.setOnInsert(REQUESTED_AT, Date.from(request.requestedAt()))),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return request(stored);
    }

    @Override
    public List<ErasureRequest> pending(int limit) {
        return collection().find(Filters.exists(RESOLVED_AT, false)).sort(Sorts.ascending(REQUESTED_AT))
                .limit(limit).map(MongoErasureRequests::request).into(new ArrayList<>());
    }

    @Override
    public void resolve(List<UUID> consultationIds, Instant at) {
        if (consultationIds.isEmpty()) {
            return;
        }
        collection().updateMany(Filters.and(Filters.in("_id", consultationIds.stream().map(UUID::toString).toList()),
                Filters.exists(RESOLVED_AT, false)), Updates.set(RESOLVED_AT, Date.from(at)));
    }

    private static ErasureRequest request(Document d) {
        Date resolvedAt = d.getDate(RESOLVED_AT);
        return new ErasureRequest(UUID.fromString(d.getString("_id")), d.getString(CHAMBER_ID),
                d.getDate(REQUESTED_AT).toInstant(), resolvedAt == null ? null : resolvedAt.toInstant());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes erasureRequestIndexes() {
            return MongoIndexes.of(COLLECTION, new IndexModel(Indexes.ascending(REQUESTED_AT),
                    new IndexOptions().name("requestedAt")));
        }
    }
}
