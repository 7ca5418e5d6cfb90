package jp.madoguchi.intake.request.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.RequesterErased;
import jp.madoguchi.intake.erasure.application.RequesterRecords;
import jp.madoguchi.intake.erasure.domain.RequesterConsultation;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.BookedAppointment;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.Erased;
import jp.madoguchi.intake.request.domain.RequestStatus;
import jp.madoguchi.platform.mongo.MongoIndexes;
import jp.madoguchi.platform.outbox.Outbox;

/**
 * The {@code consultationRequests} collection by requester, for erasure: found by {@code requesterId} (indexed),
 * erased one document at a time with its event in the same update.
 */
@Component
class MongoRequesterRecords implements RequesterRecords {

    private static final List<String> CLOSED = List.of(RequestStatus.WITHDRAWN.name(), RequestStatus.CANCELLED.name(),
            RequestStatus.COMPLETED.name(), RequestStatus.NO_SHOW.name());

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoRequesterRecords(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public Optional<UUID> requesterOf(UUID consultationId) {
        Document d = collection().find(Filters.eq(ConsultationRequestDocument.ID, consultationId.toString()))
                .projection(Projections.include(ConsultationRequestDocument.REQUESTER_ID)).first();
        return Optional.ofNullable(d).map(r -> r.getString(ConsultationRequestDocument.REQUESTER_ID))
                .map(UUID::fromString);
    }

    @Override
    public List<RequesterConsultation> consultationsOf(UUID requesterId) {
        return collection().find(Filters.eq(ConsultationRequestDocument.REQUESTER_ID, requesterId.toString()))
                .projection(Projections.include(ConsultationRequestDocument.CHAMBER_ID,
                        ConsultationRequestDocument.STATUS, ConsultationRequestDocument.RECEIVED_AT,
                        ConsultationRequestDocument.STATUS_AS_OF, ConsultationRequestDocument.APPOINTMENT,
                        ConsultationRequestDocument.ERASURE))
                .map(MongoRequesterRecords::consultation).into(new ArrayList<>());
    }

    @Override
    public boolean erase(RequesterErased event) {
        String id = event.consultationId().toString();
        Bson update = Updates.combine(
                Updates.unset(ConsultationRequestDocument.PERSONAL),
                Updates.unset(ConsultationRequestDocument.STATUS_TOKEN_HASH),
                Updates.unset(ConsultationRequestDocument.IDEMPOTENCY),
                Updates.unset(ConsultationRequestDocument.OPEN_REQUEST_SLOT),
                Updates.unset(ConsultationRequestDocument.POSSIBLE_DUPLICATE_OF),
                Updates.set(ConsultationRequestDocument.REQUESTER_ID, event.replacementRequesterId().toString()),
                Updates.set(ConsultationRequestDocument.ERASURE, new Document(Erased.AT, Date.from(event.occurredAt()))
                        .append(Erased.TRIGGER, event.trigger().name())),
                outbox.push(List.of(event)));
        boolean erased = collection().updateOne(Filters.and(Filters.eq(ConsultationRequestDocument.ID, id),
                Filters.eq(ConsultationRequestDocument.REQUESTER_ID, event.requesterId().toString())), update)
                .getModifiedCount() == 1;
        if (erased) {
            outbox.written(collection(), id);
        }
        return erased;
    }

    @Override
    public List<Candidate> closedBefore(Instant cutoff, UUID afterConsultationId, int limit) {
        Date before = Date.from(cutoff);
        Bson closed = Filters.or(
                Filters.and(Filters.in(ConsultationRequestDocument.STATUS, CLOSED),
                        Filters.lt(ConsultationRequestDocument.STATUS_AS_OF, before)),
                Filters.and(Filters.in(ConsultationRequestDocument.STATUS, CLOSED),
                        Filters.eq(ConsultationRequestDocument.STATUS_AS_OF, null),
                        Filters.lt(ConsultationRequestDocument.RECEIVED_AT, before)),
                Filters.and(Filters.eq(ConsultationRequestDocument.STATUS, RequestStatus.SCHEDULED.name()),
                        Filters.lt(ConsultationRequestDocument.path(ConsultationRequestDocument.APPOINTMENT,
                                BookedAppointment.ENDS_AT), before)));
        List<Bson> filters = new ArrayList<>(List.of(Filters.exists(ConsultationRequestDocument.ERASURE, false), closed));
        if (afterConsultationId != null) {
            filters.add(Filters.gt(ConsultationRequestDocument.ID, afterConsultationId.toString()));
        }
        return collection().find(Filters.and(filters))
                .projection(Projections.include(ConsultationRequestDocument.REQUESTER_ID))
                .sort(Sorts.ascending(ConsultationRequestDocument.ID)).limit(limit)
                .map(d -> new Candidate(UUID.fromString(d.getString(ConsultationRequestDocument.ID)),
                        UUID.fromString(d.getString(ConsultationRequestDocument.REQUESTER_ID))))
                .into(new ArrayList<>());
    }

    private static RequesterConsultation consultation(Document d) {
        Document appointment = d.get(ConsultationRequestDocument.APPOINTMENT, Document.class);
        Document erasure = d.get(ConsultationRequestDocument.ERASURE, Document.class);
        return new RequesterConsultation(UUID.fromString(d.getString(ConsultationRequestDocument.ID)),
                d.getString(ConsultationRequestDocument.CHAMBER_ID),
                RequestStatus.valueOf(d.getString(ConsultationRequestDocument.STATUS)),
                instant(d.getDate(ConsultationRequestDocument.RECEIVED_AT)),
                instant(d.getDate(ConsultationRequestDocument.STATUS_AS_OF)),
                appointment == null ? null : instant(appointment.getDate(BookedAppointment.ENDS_AT)),
                erasure == null ? null : instant(erasure.getDate(Erased.AT)));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(ConsultationRequestDocument.COLLECTION);
    }

    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes requesterIndexes() {
            return MongoIndexes.of(ConsultationRequestDocument.COLLECTION,
                    new IndexModel(Indexes.ascending(ConsultationRequestDocument.REQUESTER_ID),
                            new IndexOptions().name(ConsultationRequestDocument.REQUESTER_ID_INDEX)));
        }
    }
}
