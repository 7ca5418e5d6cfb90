package jp.madoguchi.intake.erasure.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.ErasureTrigger;
import jp.madoguchi.intake.erasure.application.ErasureLedger;
import jp.madoguchi.intake.erasure.domain.Erasure;

/**
 * Collection {@code requesterErasures}: {@code _id} = the requester's pseudonym being erased, {@code replacement},
 * {@code trigger}. Created atomically (an upsert that only sets on insert), so concurrent erasures of one requester
 * agree on the replacement; deleted when the erasure is done, so no mapping from old to new pseudonym is kept.
 */
@Component
class MongoErasureLedger implements ErasureLedger {

    static final String COLLECTION = "requesterErasures";
    private static final String REPLACEMENT = "replacement";
    private static final String TRIGGER = "trigger";

    private final MongoTemplate mongo;

    MongoErasureLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Erasure begin(UUID requesterId, ErasureTrigger trigger) {
        Document entry = collection().findOneAndUpdate(Filters.eq("_id", requesterId.toString()),
                Updates.combine(Updates.setOnInsert(REPLACEMENT, UUID.randomUUID().toString()),
                        Updates.setOnInsert(TRIGGER, trigger.name())),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return erasure(entry);
    }

    @Override
    public void finish(UUID requesterId) {
        collection().deleteOne(Filters.eq("_id", requesterId.toString()));
    }

    @Override
    public Optional<Erasure> withReplacement(UUID replacementRequesterId) {
        // A handful of entries at most, while erasures run: no index needed.
        return Optional.ofNullable(collection().find(Filters.eq(REPLACEMENT, replacementRequesterId.toString()))
                .first()).map(MongoErasureLedger::erasure);
    }

    @Override
    public List<Erasure> unfinished() {
        return collection().find().map(MongoErasureLedger::erasure).into(new ArrayList<>());
    }

    private static Erasure erasure(Document entry) {
        return new Erasure(UUID.fromString(entry.getString("_id")), UUID.fromString(entry.getString(REPLACEMENT)),
                ErasureTrigger.valueOf(entry.getString(TRIGGER)));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
