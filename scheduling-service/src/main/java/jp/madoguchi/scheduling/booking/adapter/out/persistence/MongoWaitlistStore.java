package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;
import jp.madoguchi.scheduling.booking.application.WaitlistStore;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.WaitlistEntry;

/**
 * Collection {@code waitlist} (see {@link WaitlistDocument}), keyed by consultation id (so a redelivered request
 * cannot be listed twice), keeping what promotion will need to book the request later.
 */
@Component
class MongoWaitlistStore implements WaitlistStore {

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
        Document document = new Document(WaitlistDocument.ID, request.consultationId().toString())
                .append(WaitlistDocument.FEDERATION_ID, request.federationId())
                .append(WaitlistDocument.CHAMBER_ID, request.chamberId())
                .append(WaitlistDocument.TOPIC, request.topic() == null ? null : request.topic().name())
                .append(WaitlistDocument.MODE, request.mode().name())
                .append(WaitlistDocument.PREFERRED_DAYS, request.preferredDays().stream().map(Enum::name).toList())
                .append(WaitlistDocument.REASON, entry.reason().name())
                .append(WaitlistDocument.STATUS, WaitlistDocument.WAITING)
                .append(WaitlistDocument.WAITLISTED_AT, Date.from(entry.waitlistedAt()))
                .append(WaitlistDocument.SOURCE_EVENT_ID, request.sourceEventId().toString())
                .append(OutboxEntry.FIELD, outbox.entries(waitlisted.events()));
        // _id is the only unique index: false means the consultation is listed already.
        return outbox.insertNew(collection(), document);
    }

    @Override
    public boolean contains(UUID consultationId) {
        return collection().find(Filters.eq(WaitlistDocument.ID, consultationId.toString())).first() != null;
    }

    @Override
    public boolean withdraw(UUID consultationId, Instant withdrawnAt) {
        return collection().updateOne(
                Filters.and(Filters.eq(WaitlistDocument.ID, consultationId.toString()),
                        Filters.eq(WaitlistDocument.STATUS, WaitlistDocument.WAITING)),
                Updates.combine(Updates.set(WaitlistDocument.STATUS, WaitlistDocument.WITHDRAWN),
                        Updates.set(WaitlistDocument.WITHDRAWN_AT, Date.from(withdrawnAt))))
                .getModifiedCount() == 1;
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(WaitlistDocument.COLLECTION);
    }
}
