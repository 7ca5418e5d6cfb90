package jp.madoguchi.intake.request.adapter.out.persistence;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;

import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.intake.erasure.application.PersonalDataHolder;
import jp.madoguchi.intake.request.application.RecentRequests;

/**
 * Collection {@code recentRequests}: one document per owner and topic, {@code _id} = {@code <requesterId>:<topic>},
 * holding the latest request's id and time. Read and written by {@code _id} only. Its ids link a pseudonym to
 * requests, so erasure deletes the requester's entries (every topic, by {@code _id}).
 */
@Component
class MongoRecentRequests implements RecentRequests, PersonalDataHolder {

    static final String COLLECTION = "recentRequests";
    private static final String CONSULTATION_ID = "consultationId";
    private static final String RECEIVED_AT = "receivedAt";

    private final MongoTemplate mongo;

    MongoRecentRequests(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Recent> latest(UUID requesterId, ConsultationTopic topic) {
        Document d = collection().find(Filters.eq("_id", id(requesterId, topic))).first();
        return Optional.ofNullable(d).map(r -> new Recent(UUID.fromString(r.getString(CONSULTATION_ID)),
                r.getDate(RECEIVED_AT).toInstant()));
    }

    @Override
    public void remember(UUID requesterId, ConsultationTopic topic, UUID consultationId, Instant receivedAt) {
        String id = id(requesterId, topic);
        collection().replaceOne(Filters.eq("_id", id), new Document("_id", id)
                        .append(CONSULTATION_ID, consultationId.toString()).append(RECEIVED_AT, Date.from(receivedAt)),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void eraseFor(UUID requesterId, List<UUID> consultationIds) {
        collection().deleteMany(Filters.in("_id",
                Arrays.stream(ConsultationTopic.values()).map(topic -> id(requesterId, topic)).toList()));
    }

    private static String id(UUID requesterId, ConsultationTopic topic) {
        return requesterId + ":" + topic.name();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
