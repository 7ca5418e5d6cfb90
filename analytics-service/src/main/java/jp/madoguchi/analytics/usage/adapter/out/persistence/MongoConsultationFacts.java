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
 * Collection {@code consultationFacts}: one document per consultation, {@code _id} = consultationId.
 * Written only with {@code $set}/{@code $setOnInsert}/{@code $addToSet} upserts, so every event can
 * be applied any number of times and in any order.
 */
@Repository
public class MongoConsultationFacts implements ConsultationFacts {

    public static final String COLLECTION = "consultationFacts";
    private static final List<String> MILESTONES =
            List.of("requested", "scheduled", "completed", "cancelled", "noShow", "withdrawn");

    private final MongoTemplate mongo;

    public MongoConsultationFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean apply(FactUpdate update) {
        String id = update.consultationId().toString();
        Document set = new Document();
        update.set().forEach((field, value) -> set.append(field, value instanceof Instant i ? Date.from(i) : value));
        Document change = new Document("$setOnInsert", new Document("consultationId", id));
        if (!set.isEmpty()) {
            change.append("$set", set);
        }
        if (update.addToSet() != null) {
            change.append("$addToSet", new Document(update.addToSet().field(), update.addToSet().element()));
        }
        UpdateResult result = facts().updateOne(Filters.eq("_id", id), change, new UpdateOptions().upsert(true));
        return result.getUpsertedId() != null || result.getModifiedCount() > 0;
    }

    @Override
    public List<ChamberUsage> usagePerChamber(String federationId, UsagePeriod period) {
        Document match = new Document("federationId", federationId).append("chamberId", new Document("$exists", true));
        Document requestedAt = new Document();
        period.start().ifPresent(start -> requestedAt.append("$gte", Date.from(start)));
        period.end().ifPresent(end -> requestedAt.append("$lt", Date.from(end)));
        if (!requestedAt.isEmpty()) {
            match.append("requestedAt", requestedAt);
        }
        Document group = new Document("_id", "$chamberId");
        for (String milestone : MILESTONES) {
            group.append(milestone, new Document("$sum",
                    new Document("$cond", List.of(new Document("$eq", List.of("$" + milestone, true)), 1, 0))));
        }
        List<Document> rows = facts().aggregate(List.of(new Document("$match", match), new Document("$group", group),
                new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());
        return rows.stream().map(row -> new ChamberUsage(row.getString("_id"), count(row, "requested"),
                count(row, "scheduled"), count(row, "completed"), count(row, "cancelled"), count(row, "noShow"),
                count(row, "withdrawn"))).toList();
    }

    private static long count(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    private MongoCollection<Document> facts() {
        return mongo.getCollection(COLLECTION);
    }
}
