package jp.madoguchi.intake.request.adapter.out.persistence;

import java.time.DayOfWeek;
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

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationOutcome;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.crypto.FieldCipher;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.BookedAppointment;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.Consents;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.Idempotency;
import jp.madoguchi.intake.request.adapter.out.persistence.ConsultationRequestDocument.Personal;
import jp.madoguchi.intake.request.application.Admission;
import jp.madoguchi.intake.request.application.ApplyOutcome;
import jp.madoguchi.intake.request.application.ConsultationRequestStore;
import jp.madoguchi.intake.request.application.IdempotencyClaim;
import jp.madoguchi.intake.request.application.IdempotencyKeyTakenException;
import jp.madoguchi.intake.request.application.IdempotentAnswer;
import jp.madoguchi.intake.request.application.OpenRequestSlotTakenException;
import jp.madoguchi.intake.request.application.ReferenceCodeTakenException;
import jp.madoguchi.intake.request.application.StoredConsultation;
import jp.madoguchi.intake.request.application.StoredContact;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.ContactDetails;
import jp.madoguchi.intake.request.domain.DatePreferences;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.RequestStatus;
import jp.madoguchi.intake.request.domain.StatusChange;
import jp.madoguchi.intake.request.domain.StatusToken;
import jp.madoguchi.platform.mongo.DuplicateKey;
import jp.madoguchi.platform.mongo.MongoIndexes;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * Collection {@code consultationRequests} (see {@link ConsultationRequestDocument}): one document per request,
 * {@code _id} = the consultation id (UUID string). Personal data sits under {@code personal} as AES-GCM ciphertexts
 * bound to the document's id and the field name. {@code appliedEventIds} makes consuming idempotent;
 * {@code statusAsOf} keeps a late, older event from overwriting a newer status; {@code outbox} holds events waiting
 * for the relay.
 */
@Component
class MongoConsultationRequestStore implements ConsultationRequestStore {

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final Outbox outbox;

    MongoConsultationRequestStore(MongoTemplate mongo, FieldCipher cipher, Outbox outbox) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.outbox = outbox;
    }

    @Override
    public void insert(WithEvents<ConsultationRequest> received, Admission admission) {
        String openRequestSlot = admission.openRequestSlot();
        ConsultationRequest request = received.state();
        String id = request.consultationId().toString();
        String referenceCode = request.referenceCode().value();
        RequestDetails d = request.details();
        Document document = new Document(ConsultationRequestDocument.ID, id)
                .append(ConsultationRequestDocument.REFERENCE_CODE, referenceCode)
                .append(ConsultationRequestDocument.REQUESTER_ID, request.requesterId().toString())
                .append(ConsultationRequestDocument.CHAMBER_ID, d.chamberId())
                .append(ConsultationRequestDocument.CHANNEL, d.channel().name())
                .append(ConsultationRequestDocument.TOPIC, d.topic().name())
                .append(ConsultationRequestDocument.PREFERRED_MODE, d.preferredMode().name())
                .append(ConsultationRequestDocument.PREFERRED_DAYS,
                        d.preferredDays().stream().map(DayOfWeek::name).toList())
                .append(ConsultationRequestDocument.OUTREACH_SOURCE, d.outreachSource().name())
                .append(ConsultationRequestDocument.CAMPAIGN_CODE, d.campaignCode())
                .append(ConsultationRequestDocument.MEMBERSHIP, d.membership().name())
                .append(ConsultationRequestDocument.INDUSTRY, d.industry() == null ? null : d.industry().name())
                .append(ConsultationRequestDocument.EMPLOYEES, d.employees() == null ? null : d.employees().name())
                .append(ConsultationRequestDocument.PREFERRED_TIME_OF_DAY, d.preferredTimeOfDay().name())
                .append(ConsultationRequestDocument.REACH_BY, d.reachBy().name())
                .append(ConsultationRequestDocument.ORIGIN, request.origin().name())
                .append(ConsultationRequestDocument.CONSENTS,
                        new Document(Consents.PRIVACY_NOTICE, d.consents().privacyNotice())
                                .append(Consents.NOTICE_VERSION, d.consents().noticeVersion())
                                .append(Consents.OUTCOME_SHARED_WITH_CHAMBER, d.consents().outcomeSharedWithChamber()))
                .append(ConsultationRequestDocument.RECEIVED_AT, Date.from(request.receivedAt()))
                .append(ConsultationRequestDocument.STATUS, RequestStatus.RECEIVED.name())
                .append(ConsultationRequestDocument.STATUS_AS_OF, null)
                .append(ConsultationRequestDocument.APPOINTMENT, null)
                .append(ConsultationRequestDocument.STATUS_TOKEN_HASH, admission.statusTokenHash())
                .append(ConsultationRequestDocument.PERSONAL, encrypted(id, d.personalData()))
                .append(ConsultationRequestDocument.APPLIED_EVENT_IDS, List.of())
                .append(OutboxEntry.FIELD, outbox.entries(received.events()));
        if (openRequestSlot != null) {
            document.append(ConsultationRequestDocument.OPEN_REQUEST_SLOT, openRequestSlot);
        }
        if (admission.possibleDuplicateOf() != null) {
            document.append(ConsultationRequestDocument.POSSIBLE_DUPLICATE_OF, admission.possibleDuplicateOf().toString());
        }
        IdempotencyClaim claim = admission.idempotency();
        if (claim != null) {
            document.append(ConsultationRequestDocument.IDEMPOTENCY, new Document(Idempotency.KEY, claim.keyIndex())
                    .append(Idempotency.FINGERPRINT, claim.fingerprint())
                    .append(Idempotency.EXPIRES_AT, Date.from(claim.expiresAt()))
                    .append(Idempotency.STATUS_TOKEN, cipher.encrypt(claim.statusToken().value(),
                            boundTo(id, idempotencyField(Idempotency.STATUS_TOKEN)))));
        }
        try {
            collection().insertOne(document);
        } catch (MongoWriteException e) {
            if (!DuplicateKey.is(e)) {
                throw e;
            }
            if (referenceCodeHeldByAnother(referenceCode, id)) {
                throw new ReferenceCodeTakenException(e);
            }
            Optional<UUID> slotHolder = openRequestSlot == null ? Optional.empty()
                    : holder(ConsultationRequestDocument.OPEN_REQUEST_SLOT, openRequestSlot, id);
            if (slotHolder.isPresent()) {
                throw new OpenRequestSlotTakenException(slotHolder.get(), e);
            }
            Optional<UUID> keyHolder = claim == null ? Optional.empty()
                    : holder(idempotencyField(Idempotency.KEY), claim.keyIndex(), id);
            if (keyHolder.isPresent()) {
                throw new IdempotencyKeyTakenException(keyHolder.get(), e);
            }
            throw e;
        }
        outbox.written(collection(), id);
    }

    @Override
    public Optional<StoredConsultation> find(UUID consultationId) {
        Document d = collection().find(Filters.eq(ConsultationRequestDocument.ID, consultationId.toString()))
                .projection(Projections.exclude(ConsultationRequestDocument.PERSONAL, OutboxEntry.FIELD,
                        ConsultationRequestDocument.APPLIED_EVENT_IDS))
                .first();
        if (d == null) {
            return Optional.empty();
        }
        ConsultationStatus status = status(consultationId, d);
        String possibleDuplicateOf = d.getString(ConsultationRequestDocument.POSSIBLE_DUPLICATE_OF);
        return Optional.of(new StoredConsultation(status, d.getString(ConsultationRequestDocument.STATUS_TOKEN_HASH),
                possibleDuplicateOf == null ? null : UUID.fromString(possibleDuplicateOf)));
    }

    @Override
    public Optional<IdempotentAnswer> findByIdempotencyKey(String keyIndex) {
        Document d = collection().find(Filters.eq(idempotencyField(Idempotency.KEY), keyIndex))
                .projection(Projections.include(ConsultationRequestDocument.ID)).first();
        if (d == null) {
            return Optional.empty();
        }
        String id = d.getString(ConsultationRequestDocument.ID);
        Document full = collection().find(Filters.eq(ConsultationRequestDocument.ID, id))
                .projection(Projections.exclude(ConsultationRequestDocument.PERSONAL, OutboxEntry.FIELD,
                        ConsultationRequestDocument.APPLIED_EVENT_IDS)).first();
        Document idempotency = full == null ? null : full.get(ConsultationRequestDocument.IDEMPOTENCY, Document.class);
        if (idempotency == null || !keyIndex.equals(idempotency.getString(Idempotency.KEY))) {
            // Given back between the two reads.
            return Optional.empty();
        }
        return Optional.of(new IdempotentAnswer(status(UUID.fromString(id), full),
                idempotency.getString(Idempotency.FINGERPRINT),
                new StatusToken(cipher.decrypt(idempotency.getString(Idempotency.STATUS_TOKEN),
                        boundTo(id, idempotencyField(Idempotency.STATUS_TOKEN)))),
                idempotency.getDate(Idempotency.EXPIRES_AT).toInstant()));
    }

    @Override
    public void releaseIdempotencyKey(UUID holder, String keyIndex) {
        collection().updateOne(Filters.and(Filters.eq(ConsultationRequestDocument.ID, holder.toString()),
                        Filters.eq(idempotencyField(Idempotency.KEY), keyIndex)),
                Updates.unset(ConsultationRequestDocument.IDEMPOTENCY));
    }

    @Override
    public int forgetIdempotencyKeysExpiredBefore(Instant now) {
        return (int) collection().updateMany(Filters.lt(idempotencyField(Idempotency.EXPIRES_AT), Date.from(now)),
                Updates.unset(ConsultationRequestDocument.IDEMPOTENCY)).getModifiedCount();
    }

    private static ConsultationStatus status(UUID consultationId, Document d) {
        String outcome = d.getString(ConsultationRequestDocument.OUTCOME);
        Date dateChangeRequestedAt = d.getDate(ConsultationRequestDocument.DATE_CHANGE_REQUESTED_AT);
        return new ConsultationStatus(consultationId,
                new ReferenceCode(d.getString(ConsultationRequestDocument.REFERENCE_CODE)),
                d.getString(ConsultationRequestDocument.CHAMBER_ID),
                RequestStatus.valueOf(d.getString(ConsultationRequestDocument.STATUS)),
                d.getDate(ConsultationRequestDocument.RECEIVED_AT).toInstant(),
                appointment(d.get(ConsultationRequestDocument.APPOINTMENT, Document.class)),
                outcome == null ? null : ConsultationOutcome.valueOf(outcome),
                dateChangeRequestedAt == null ? null : dateChangeRequestedAt.toInstant(),
                d.getInteger(ConsultationRequestDocument.DATE_CHANGES, 0));
    }

    @Override
    public Optional<StoredContact> findContact(UUID consultationId) {
        String id = consultationId.toString();
        // The story (description) is not even read from the database here.
        Document d = collection().find(Filters.eq(ConsultationRequestDocument.ID, id))
                .projection(Projections.include(ConsultationRequestDocument.CHAMBER_ID,
                        appointmentField(BookedAppointment.CONSULTANT_ID), personalField(Personal.NAME),
                        personalField(Personal.NAME_KANA),
                        personalField(Personal.BUSINESS_NAME), personalField(Personal.PHONE),
                        personalField(Personal.EMAIL)))
                .first();
        if (d == null) {
            return Optional.empty();
        }
        Document appointment = d.get(ConsultationRequestDocument.APPOINTMENT, Document.class);
        Document personal = d.get(ConsultationRequestDocument.PERSONAL, Document.class);
        return Optional.of(new StoredContact(d.getString(ConsultationRequestDocument.CHAMBER_ID),
                appointment == null ? null : appointment.getString(BookedAppointment.CONSULTANT_ID),
                () -> new ContactDetails(open(id, Personal.NAME, personal), open(id, Personal.NAME_KANA, personal),
                        open(id, Personal.BUSINESS_NAME, personal), open(id, Personal.PHONE, personal),
                        open(id, Personal.EMAIL, personal))));
    }

    @Override
    public ApplyOutcome apply(StatusChange change) {
        String id = change.consultationId().toString();
        String eventId = change.eventId().toString();
        Bson notYetApplied = Filters.and(Filters.eq(ConsultationRequestDocument.ID, id),
                Filters.nin(ConsultationRequestDocument.APPLIED_EVENT_IDS, eventId));
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(ConsultationRequestDocument.STATUS, change.status().name()));
        updates.add(Updates.set(ConsultationRequestDocument.STATUS_AS_OF, Date.from(change.asOf())));
        if (change.outcome() != null) {
            updates.add(Updates.set(ConsultationRequestDocument.OUTCOME, change.outcome().name()));
        }
        switch (change.appointmentChange()) {
            case SET -> updates.add(Updates.set(ConsultationRequestDocument.APPOINTMENT,
                    appointment(change.appointment())));
            case CLEAR -> updates.add(Updates.set(ConsultationRequestDocument.APPOINTMENT, null));
            case KEEP -> { }
        }
        updates.add(Updates.addToSet(ConsultationRequestDocument.APPLIED_EVENT_IDS, eventId));
        // A withdrawal is the owner's last word: what scheduling says after it (the cancellation it causes, or a
        // booking that crossed it) is recorded, not shown.
        UpdateResult applied = collection().updateOne(Filters.and(notYetApplied,
                Filters.ne(ConsultationRequestDocument.STATUS, RequestStatus.WITHDRAWN.name()),
                Filters.or(Filters.eq(ConsultationRequestDocument.STATUS_AS_OF, null),
                        Filters.lte(ConsultationRequestDocument.STATUS_AS_OF, Date.from(change.asOf())))),
                Updates.combine(updates));
        if (applied.getMatchedCount() == 1) {
            answerDateChange(id, change.asOf());
            return ApplyOutcome.APPLIED;
        }
        UpdateResult recorded = collection().updateOne(notYetApplied,
                Updates.addToSet(ConsultationRequestDocument.APPLIED_EVENT_IDS, eventId));
        if (recorded.getMatchedCount() == 1) {
            return ApplyOutcome.STALE;
        }
        boolean exists = collection().find(Filters.eq(ConsultationRequestDocument.ID, id))
                .projection(Projections.include(ConsultationRequestDocument.ID)).first() != null;
        if (exists) {
            // A redelivery may follow a crash between the status update and this.
            answerDateChange(id, change.asOf());
        }
        return exists ? ApplyOutcome.DUPLICATE : ApplyOutcome.UNKNOWN_CONSULTATION;
    }

    @Override
    public ApplyOutcome dateChangeDeclined(UUID eventId, UUID consultationId, Instant asOf) {
        String id = consultationId.toString();
        UpdateResult recorded = collection().updateOne(Filters.and(Filters.eq(ConsultationRequestDocument.ID, id),
                        Filters.nin(ConsultationRequestDocument.APPLIED_EVENT_IDS, eventId.toString())),
                Updates.addToSet(ConsultationRequestDocument.APPLIED_EVENT_IDS, eventId.toString()));
        boolean exists = recorded.getMatchedCount() == 1 || collection().find(Filters.eq(ConsultationRequestDocument.ID,
                id)).projection(Projections.include(ConsultationRequestDocument.ID)).first() != null;
        if (!exists) {
            return ApplyOutcome.UNKNOWN_CONSULTATION;
        }
        // Also on a redelivery: a crash may have come between recording the event and this.
        answerDateChange(id, asOf);
        return recorded.getMatchedCount() == 1 ? ApplyOutcome.APPLIED : ApplyOutcome.DUPLICATE;
    }

    /** Scheduling's answer from at or after the owner's ask ends the wait for another date. */
    private void answerDateChange(String id, Instant asOf) {
        collection().updateOne(Filters.and(Filters.eq(ConsultationRequestDocument.ID, id),
                        Filters.lte(ConsultationRequestDocument.DATE_CHANGE_REQUESTED_AT, Date.from(asOf))),
                Updates.unset(ConsultationRequestDocument.DATE_CHANGE_REQUESTED_AT));
    }

    @Override
    public boolean change(ConsultationStatus seen, WithEvents<ConsultationStatus> changed,
            DatePreferences preferences) {
        String id = seen.consultationId().toString();
        ConsultationStatus next = changed.state();
        Bson asSeen = Filters.and(Filters.eq(ConsultationRequestDocument.ID, id),
                Filters.eq(ConsultationRequestDocument.STATUS, seen.status().name()),
                Filters.eq(appointmentField(BookedAppointment.STARTS_AT),
                        seen.appointment() == null ? null : Date.from(seen.appointment().startsAt())),
                seen.dateChanges() == 0 ? Filters.exists(ConsultationRequestDocument.DATE_CHANGES, false)
                        : Filters.eq(ConsultationRequestDocument.DATE_CHANGES, seen.dateChanges()));
        List<Bson> updates = new ArrayList<>();
        if (next.status() != seen.status()) {
            updates.add(Updates.set(ConsultationRequestDocument.STATUS, next.status().name()));
            updates.add(Updates.set(ConsultationRequestDocument.STATUS_AS_OF,
                    Date.from(changed.events().get(0).occurredAt())));
            // A request no longer open gives the owner's open-request slot back at once.
            updates.add(Updates.unset(ConsultationRequestDocument.OPEN_REQUEST_SLOT));
        }
        if (next.appointment() == null && seen.appointment() != null) {
            updates.add(Updates.set(ConsultationRequestDocument.APPOINTMENT, null));
        }
        updates.add(next.dateChangeRequestedAt() == null
                ? Updates.unset(ConsultationRequestDocument.DATE_CHANGE_REQUESTED_AT)
                : Updates.set(ConsultationRequestDocument.DATE_CHANGE_REQUESTED_AT,
                        Date.from(next.dateChangeRequestedAt())));
        if (next.dateChanges() != seen.dateChanges()) {
            updates.add(Updates.set(ConsultationRequestDocument.DATE_CHANGES, next.dateChanges()));
        }
        if (preferences != null) {
            updates.add(Updates.set(ConsultationRequestDocument.PREFERRED_MODE, preferences.mode().name()));
            updates.add(Updates.set(ConsultationRequestDocument.PREFERRED_DAYS,
                    preferences.days().stream().map(DayOfWeek::name).toList()));
            updates.add(Updates.set(ConsultationRequestDocument.PREFERRED_TIME_OF_DAY,
                    preferences.timeOfDay().name()));
        }
        updates.add(outbox.push(changed.events()));
        if (collection().updateOne(asSeen, Updates.combine(updates)).getModifiedCount() == 0) {
            return false;
        }
        outbox.written(collection(), id);
        return true;
    }

    @Override
    public boolean releaseOpenRequestSlot(UUID holder, String openRequestSlot) {
        return collection().updateOne(
                Filters.and(Filters.eq(ConsultationRequestDocument.ID, holder.toString()),
                        Filters.eq(ConsultationRequestDocument.OPEN_REQUEST_SLOT, openRequestSlot)),
                Updates.unset(ConsultationRequestDocument.OPEN_REQUEST_SLOT)).getModifiedCount() == 1;
    }

    /** Who else holds a unique key the insert claimed: the error does not say which index refused it. */
    private Optional<UUID> holder(String field, String value, String id) {
        Document holder = collection().find(Filters.eq(field, value))
                .projection(Projections.include(ConsultationRequestDocument.ID))
                .first();
        return holder == null || id.equals(holder.getString(ConsultationRequestDocument.ID)) ? Optional.empty()
                : Optional.of(UUID.fromString(holder.getString(ConsultationRequestDocument.ID)));
    }

    /**
     * Whether the reference code's unique index is what refused a request: the duplicate-key error does not say
     * which index did. The id is a fresh random UUID, so a clash on it is not expected and is left to fail.
     */
    private boolean referenceCodeHeldByAnother(String referenceCode, String id) {
        Document holder = collection().find(Filters.eq(ConsultationRequestDocument.REFERENCE_CODE, referenceCode))
                .projection(Projections.include(ConsultationRequestDocument.ID))
                .first();
        return holder != null && !id.equals(holder.getString(ConsultationRequestDocument.ID));
    }

    private Document encrypted(String consultationId, PersonalData p) {
        return new Document(Personal.NAME, seal(consultationId, Personal.NAME, p.name()))
                .append(Personal.NAME_KANA, seal(consultationId, Personal.NAME_KANA, p.nameKana()))
                .append(Personal.BUSINESS_NAME, seal(consultationId, Personal.BUSINESS_NAME, p.businessName()))
                .append(Personal.PHONE, seal(consultationId, Personal.PHONE, p.phone()))
                .append(Personal.EMAIL, seal(consultationId, Personal.EMAIL, p.email()))
                .append(Personal.DESCRIPTION, seal(consultationId, Personal.DESCRIPTION, p.description()))
                .append(Personal.KEY_ID, cipher.currentKeyId());
    }

    private String open(String consultationId, String field, Document personal) {
        String sealed = personal.getString(field);
        return sealed == null ? null : cipher.decrypt(sealed, context(consultationId, field));
    }

    private String seal(String consultationId, String field, String value) {
        return cipher.encrypt(value, context(consultationId, field));
    }

    /** Binds a ciphertext to its document and field, so it cannot be moved to another one. */
    static String context(String consultationId, String field) {
        return boundTo(consultationId, personalField(field));
    }

    private static String boundTo(String consultationId, String path) {
        return ConsultationRequestDocument.COLLECTION + "/" + consultationId + "/" + path;
    }

    private static String personalField(String field) {
        return ConsultationRequestDocument.path(ConsultationRequestDocument.PERSONAL, field);
    }

    private static String idempotencyField(String field) {
        return ConsultationRequestDocument.path(ConsultationRequestDocument.IDEMPOTENCY, field);
    }

    private static String appointmentField(String field) {
        return ConsultationRequestDocument.path(ConsultationRequestDocument.APPOINTMENT, field);
    }

    private static Document appointment(Appointment a) {
        return new Document(BookedAppointment.APPOINTMENT_ID, a.appointmentId().toString())
                .append(BookedAppointment.CONSULTANT_ID, a.consultantId())
                .append(BookedAppointment.STARTS_AT, Date.from(a.startsAt()))
                .append(BookedAppointment.ENDS_AT, Date.from(a.endsAt()))
                .append(BookedAppointment.MODE, a.mode() == null ? null : a.mode().name());
    }

    private static Appointment appointment(Document a) {
        if (a == null) {
            return null;
        }
        String mode = a.getString(BookedAppointment.MODE);
        return new Appointment(UUID.fromString(a.getString(BookedAppointment.APPOINTMENT_ID)),
                a.getString(BookedAppointment.CONSULTANT_ID), a.getDate(BookedAppointment.STARTS_AT).toInstant(),
                a.getDate(BookedAppointment.ENDS_AT).toInstant(), mode == null ? null : ConsultationMode.valueOf(mode));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(ConsultationRequestDocument.COLLECTION);
    }

    /**
     * In place before the first request is taken in, so no two requests can ever share a reference code or an
     * owner's open-request slot.
     */
    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes consultationRequestIndexes() {
            return MongoIndexes.of(ConsultationRequestDocument.COLLECTION,
                    new IndexModel(Indexes.ascending(ConsultationRequestDocument.REFERENCE_CODE),
                            new IndexOptions().unique(true).name(ConsultationRequestDocument.REFERENCE_CODE_UNIQUE)),
                    // Sparse: staff requests, and requests that gave their slot back, hold none.
                    new IndexModel(Indexes.ascending(ConsultationRequestDocument.OPEN_REQUEST_SLOT),
                            new IndexOptions().unique(true).sparse(true)
                                    .name(ConsultationRequestDocument.OPEN_REQUEST_SLOT_UNIQUE)),
                    // Sparse: only requests sent with an idempotency key, while it lives.
                    new IndexModel(Indexes.ascending(idempotencyField(Idempotency.KEY)),
                            new IndexOptions().unique(true).sparse(true)
                                    .name(ConsultationRequestDocument.IDEMPOTENCY_KEY_UNIQUE)),
                    new IndexModel(Indexes.ascending(idempotencyField(Idempotency.EXPIRES_AT)),
                            new IndexOptions().sparse(true).name(ConsultationRequestDocument.IDEMPOTENCY_EXPIRY)),
                    // Sparse: only documents with a pending event are in it, which is what the relay asks for.
                    new IndexModel(Indexes.ascending(ConsultationRequestDocument.OUTBOX_FIRST_ENTRY),
                            new IndexOptions().sparse(true).name(ConsultationRequestDocument.OUTBOX_PENDING)));
        }
    }
}
