package jp.madoguchi.intake.keys.adapter.out.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;

import jp.madoguchi.intake.keys.application.ReEncryptionProgress;
import jp.madoguchi.intake.keys.domain.ReEncryption;
import jp.madoguchi.platform.mongo.DuplicateKey;

/** Collection {@code reEncryption}: one document, {@code _id} = {@code personal-data}, the last run. */
@Component
class MongoReEncryptionProgress implements ReEncryptionProgress {

    static final String COLLECTION = "reEncryption";
    private static final String ID = "personal-data";
    private static final String TARGET_KEY_ID = "targetKeyId";
    private static final String REQUESTED_BY = "requestedBy";
    private static final String STARTED_AT = "startedAt";
    private static final String RE_ENCRYPTED = "reEncrypted";
    private static final String FAILED = "failed";
    private static final String AFTER = "after";
    private static final String FINISHED_AT = "finishedAt";

    private final MongoTemplate mongo;

    MongoReEncryptionProgress(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ReEncryption> current() {
        return Optional.ofNullable(collection().find(Filters.eq("_id", ID)).first()).map(d -> {
            Date finishedAt = d.getDate(FINISHED_AT);
            return new ReEncryption(d.getString(TARGET_KEY_ID), d.getString(REQUESTED_BY),
                    d.getDate(STARTED_AT).toInstant(), d.get(RE_ENCRYPTED, Number.class).longValue(),
                    d.get(FAILED, Number.class).longValue(), d.getString(AFTER),
                    finishedAt == null ? null : finishedAt.toInstant());
        });
    }

    @Override
    public ReEncryption start(String targetKeyId, String requestedBy, Instant at) {
        Document run = new Document("_id", ID).append(TARGET_KEY_ID, targetKeyId).append(REQUESTED_BY, requestedBy)
                .append(STARTED_AT, Date.from(at)).append(RE_ENCRYPTED, 0L).append(FAILED, 0L).append(AFTER, null);
        try {
            // Only over a finished run (or none): a running one is left to go on.
            collection().replaceOne(Filters.and(Filters.eq("_id", ID), Filters.ne(FINISHED_AT, null)), run,
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKey.is(e)) {
                throw e;
            }
        }
        return current().orElseThrow();
    }

    @Override
    public void advance(int reEncrypted, int failed, String after) {
        collection().updateOne(Filters.eq("_id", ID), Updates.combine(Updates.inc(RE_ENCRYPTED, (long) reEncrypted),
                Updates.inc(FAILED, (long) failed), Updates.set(AFTER, after)));
    }

    @Override
    public void finish(Instant at) {
        collection().updateOne(Filters.eq("_id", ID), Updates.set(FINISHED_AT, Date.from(at)));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
