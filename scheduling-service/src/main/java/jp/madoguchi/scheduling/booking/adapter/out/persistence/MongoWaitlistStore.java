package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.application.WaitlistStore;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * Collection {@code waitlist}, keyed by consultation id (so a redelivered request cannot be listed
 * twice), keeping what promotion will need to book the request later.
 */
@Component
class MongoWaitlistStore implements WaitlistStore {

    static final String COLLECTION = "waitlist";
    private static final String WAITING = "WAITING";
    private static final String WITHDRAWN = "WITHDRAWN";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoWaitlistStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public boolean add(WithEvents<WaitlistEntry> waitlisted) {
        WaitlistEntry entry = waitlisted.state();
        BookingRequest request = entry.request();
        Document document = new Document("_id", request.consultationId().toString())
                .append("federationId", request.federationId())
                .append("chamberId", request.chamberId())
                .append("topic", request.topic() == null ? null : request.topic().name())
                .append("mode", request.mode().name())
                .append("preferredDays", request.preferredDays().stream().map(Enum::name).toList())
                .append("reason", entry.reason().name())
                .append("status", WAITING)
                .append("waitlistedAt", Date.from(entry.waitlistedAt()))
                .append("sourceEventId", request.sourceEventId().toString())
                .append(OutboxEntry.FIELD, outbox.entries(waitlisted.events()));
        try {
            collection().insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        outbox.written();
        return true;
    }

    @Override
    public boolean contains(UUID consultationId) {
        return collection().find(Filters.eq("_id", consultationId.toString())).first() != null;
    }

    @Override
    public boolean withdraw(UUID consultationId, Instant withdrawnAt) {
        return collection().updateOne(
                Filters.and(Filters.eq("_id", consultationId.toString()), Filters.eq("status", WAITING)),
                Updates.combine(Updates.set("status", WITHDRAWN), Updates.set("withdrawnAt", Date.from(withdrawnAt))))
                .getModifiedCount() == 1;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
