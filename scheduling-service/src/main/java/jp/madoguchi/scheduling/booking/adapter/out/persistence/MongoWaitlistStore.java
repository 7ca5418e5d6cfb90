package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.TimeOfDay;
import jp.madoguchi.events.WaitlistReason;
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
                .append(WaitlistDocument.TIME_OF_DAY, request.timeOfDay().name())
                .append(WaitlistDocument.ORIGIN, request.origin().name())
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

    @Override
    public Optional<WaitlistEntry> findWaiting(UUID consultationId) {
        return Optional.ofNullable(collection().find(Filters.and(
                        Filters.eq(WaitlistDocument.ID, consultationId.toString()),
                        Filters.eq(WaitlistDocument.STATUS, WaitlistDocument.WAITING)))
                .projection(Projections.exclude(OutboxEntry.FIELD)).first())
                .map(MongoWaitlistStore::toEntry);
    }

    @Override
    public boolean keepWaiting(WithEvents<WaitlistEntry> waiting) {
        WaitlistEntry entry = waiting.state();
        BookingRequest request = entry.request();
        String id = request.consultationId().toString();
        List<String> answered = entry.dateChanges().stream().map(UUID::toString).toList();
        long modified = collection().updateOne(
                Filters.and(Filters.eq(WaitlistDocument.ID, id),
                        Filters.eq(WaitlistDocument.STATUS, WaitlistDocument.WAITING),
                        Filters.nin(WaitlistDocument.DATE_CHANGES, answered.get(answered.size() - 1))),
                Updates.combine(
                        Updates.set(WaitlistDocument.MODE, request.mode().name()),
                        Updates.set(WaitlistDocument.PREFERRED_DAYS,
                                request.preferredDays().stream().map(Enum::name).toList()),
                        Updates.set(WaitlistDocument.TIME_OF_DAY, request.timeOfDay().name()),
                        Updates.set(WaitlistDocument.DATE_CHANGES, answered),
                        outbox.push(waiting.events())))
                .getModifiedCount();
        if (modified == 0) {
            return false;
        }
        outbox.written(collection(), id);
        return true;
    }

    @Override
    public void booked(UUID consultationId, Instant bookedAt) {
        collection().updateOne(
                Filters.and(Filters.eq(WaitlistDocument.ID, consultationId.toString()),
                        Filters.eq(WaitlistDocument.STATUS, WaitlistDocument.WAITING)),
                Updates.combine(Updates.set(WaitlistDocument.STATUS, WaitlistDocument.BOOKED),
                        Updates.set(WaitlistDocument.BOOKED_AT, Date.from(bookedAt))));
    }

    private static WaitlistEntry toEntry(Document d) {
        String topic = d.getString(WaitlistDocument.TOPIC);
        String origin = d.getString(WaitlistDocument.ORIGIN);
        String timeOfDay = d.getString(WaitlistDocument.TIME_OF_DAY);
        BookingRequest request = new BookingRequest(UUID.fromString(d.getString(WaitlistDocument.ID)),
                d.getString(WaitlistDocument.FEDERATION_ID), d.getString(WaitlistDocument.CHAMBER_ID),
                topic == null ? null : ConsultationTopic.valueOf(topic),
                ConsultationMode.valueOf(d.getString(WaitlistDocument.MODE)),
                d.getList(WaitlistDocument.PREFERRED_DAYS, String.class, List.of()).stream().map(DayOfWeek::valueOf)
                        .toList(),
                UUID.fromString(d.getString(WaitlistDocument.SOURCE_EVENT_ID)),
                // An entry from before the origin was kept may have come through the web form: it stays within the
                // public share.
                origin == null ? RequestOrigin.PUBLIC_FORM : RequestOrigin.valueOf(origin),
                timeOfDay == null ? TimeOfDay.ANY : TimeOfDay.valueOf(timeOfDay));
        return new WaitlistEntry(request, WaitlistReason.valueOf(d.getString(WaitlistDocument.REASON)),
                d.getDate(WaitlistDocument.WAITLISTED_AT).toInstant(),
                d.getList(WaitlistDocument.DATE_CHANGES, String.class, List.of()).stream().map(UUID::fromString)
                        .toList());
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(WaitlistDocument.COLLECTION);
    }
}
