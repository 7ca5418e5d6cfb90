package jp.madoguchi.analytics.usage.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.UpdateResult;

import jp.madoguchi.analytics.usage.application.ConsultationFacts;
import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.FactUpdate;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;

/**
 * Collection {@code consultationFacts} (see {@link ConsultationFactsDocument}): one document per consultation,
 * {@code _id} = consultationId. Written only with {@code $set}/{@code $setOnInsert}/{@code $addToSet} upserts, so
 * every event can be applied any number of times and in any order.
 */
@Repository
public class MongoConsultationFacts implements ConsultationFacts {

    private final MongoTemplate mongo;

    public MongoConsultationFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean apply(FactUpdate update) {
        String id = update.consultationId().toString();
        Document set = new Document();
        update.set().forEach((field, value) -> set.append(field, value instanceof Instant i ? Date.from(i) : value));
        Document change = new Document("$setOnInsert", new Document(ConsultationFactsDocument.CONSULTATION_ID, id));
        if (!set.isEmpty()) {
            change.append("$set", set);
        }
        if (update.addToSet() != null) {
            change.append("$addToSet", new Document(update.addToSet().field(), update.addToSet().element()));
        }
        UpdateResult result = facts().updateOne(Filters.eq(ConsultationFactsDocument.ID, id), change,
                new UpdateOptions().upsert(true));
        return result.getUpsertedId() != null || result.getModifiedCount() > 0;
    }

    @Override
    public List<ChamberUsage> usagePerChamber(String federationId, UsagePeriod period) {
        Document match = new Document(ConsultationFactsDocument.FEDERATION_ID, federationId)
                .append(ConsultationFactsDocument.CHAMBER_ID, new Document("$exists", true));
        Document requestedAt = new Document();
        period.start().ifPresent(start -> requestedAt.append("$gte", Date.from(start)));
        period.end().ifPresent(end -> requestedAt.append("$lt", Date.from(end)));
        if (!requestedAt.isEmpty()) {
            match.append(ConsultationFactsDocument.REQUESTED_AT, requestedAt);
        }
        // One row per chamber: the chamber id as the row's _id, and a count per milestone under its own name.
        Document group = new Document(ConsultationFactsDocument.ID, "$" + ConsultationFactsDocument.CHAMBER_ID);
        for (String milestone : ConsultationFactsDocument.MILESTONES) {
            group.append(milestone, new Document("$sum",
                    new Document("$cond", List.of(new Document("$eq", List.of("$" + milestone, true)), 1, 0))));
        }
        List<Document> rows = facts().aggregate(List.of(new Document("$match", match), new Document("$group", group),
                new Document("$sort", new Document(ConsultationFactsDocument.ID, 1)))).into(new ArrayList<>());
        return rows.stream().map(row -> new ChamberUsage(row.getString(ConsultationFactsDocument.ID),
                count(row, ConsultationFactsDocument.REQUESTED), count(row, ConsultationFactsDocument.SCHEDULED),
                count(row, ConsultationFactsDocument.COMPLETED), count(row, ConsultationFactsDocument.CANCELLED),
                count(row, ConsultationFactsDocument.NO_SHOW), count(row, ConsultationFactsDocument.WITHDRAWN)))
                .toList();
    }

    private static long count(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private MongoCollection<Document> facts() {
        return mongo.getCollection(ConsultationFactsDocument.COLLECTION);
    }
}
