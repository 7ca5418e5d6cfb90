package jp.madoguchi.intake.request.adapter.out.persistence;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.crypto.FieldCipher;
import jp.madoguchi.intake.request.application.ApplyOutcome;
import jp.madoguchi.intake.request.application.ConsultationRequestStore;
import jp.madoguchi.intake.request.application.ReferenceCodeTakenException;
import jp.madoguchi.intake.request.application.StoredConsultation;
import jp.madoguchi.intake.request.application.StoredContact;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.ContactDetails;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.RequestStatus;
import jp.madoguchi.intake.request.domain.StatusChange;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * Collection {@code consultationRequests}: one document per request, {@code _id} = the consultation id (UUID
 * string). Personal data sits under {@code personal} as AES-GCM ciphertexts bound to the document's id and the
 * field name. {@code appliedEventIds} makes consuming idempotent; {@code statusAsOf} keeps a late, older event from
 * overwriting a newer status; {@code outbox} holds events waiting for the relay.
 */
@Component
class MongoConsultationRequestStore implements ConsultationRequestStore {

    static final String COLLECTION = "consultationRequests";

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final Outbox outbox;

    MongoConsultationRequestStore(MongoTemplate mongo, FieldCipher cipher, Outbox outbox) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.outbox = outbox;
        collection().createIndex(Indexes.ascending("referenceCode"), new IndexOptions().unique(true).name("referenceCode_unique"));
        // Sparse: only documents with a pending event are in it, which is what the relay asks for.
        collection().createIndex(Indexes.ascending("outbox.0"), new IndexOptions().sparse(true).name("outbox_pending"));
    }

    @Override
    public void insert(WithEvents<ConsultationRequest> received, String statusTokenHash) {
        ConsultationRequest request = received.state();
        String id = request.consultationId().toString();
        RequestDetails d = request.details();
        Document document = new Document("_id", id)
                .append("referenceCode", request.referenceCode().value())
                .append("requesterId", request.requesterId().toString())
                .append("chamberId", d.chamberId())
                .append("channel", d.channel().name())
                .append("topic", d.topic().name())
                .append("preferredMode", d.preferredMode().name())
                .append("preferredDays", d.preferredDays().stream().map(DayOfWeek::name).toList())
                .append("outreachSource", d.outreachSource().name())
                .append("campaignCode", d.campaignCode())
                .append("membership", d.membership().name())
                .append("consents", new Document("privacyNotice", d.consents().privacyNotice())
                        .append("outcomeSharedWithChamber", d.consents().outcomeSharedWithChamber()))
                .append("receivedAt", Date.from(request.receivedAt()))
                .append("status", RequestStatus.RECEIVED.name())
                .append("statusAsOf", null)
                .append("appointment", null)
                .append("statusTokenHash", statusTokenHash)
                .append("personal", encrypted(id, d.personalData()))
                .append("appliedEventIds", List.of())
                .append(OutboxEntry.FIELD, outbox.entries(received.events()));
        try {
            collection().insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY && e.getMessage().contains("referenceCode")) {
                throw new ReferenceCodeTakenException(e);
            }
            throw e;
        }
        outbox.written();
    }

    @Override
    public Optional<StoredConsultation> find(UUID consultationId) {
        Document d = collection().find(Filters.eq("_id", consultationId.toString()))
                .projection(new Document("personal", 0).append(OutboxEntry.FIELD, 0).append("appliedEventIds", 0))
                .first();
        if (d == null) {
            return Optional.empty();
        }
        ConsultationStatus status = new ConsultationStatus(consultationId,
                new ReferenceCode(d.getString("referenceCode")), d.getString("chamberId"),
                RequestStatus.valueOf(d.getString("status")), d.getDate("receivedAt").toInstant(),
                appointment(d.get("appointment", Document.class)));
        return Optional.of(new StoredConsultation(status, d.getString("statusTokenHash")));
    }

    @Override
    public Optional<StoredContact> findContact(UUID consultationId) {
        String id = consultationId.toString();
        // The story (description) is not even read from the database here.
        Document d = collection().find(Filters.eq("_id", id))
                .projection(new Document("chamberId", 1).append("appointment.consultantId", 1)
                        .append("personal.name", 1).append("personal.businessName", 1)
                        .append("personal.phone", 1).append("personal.email", 1))
                .first();
        if (d == null) {
            return Optional.empty();
        }
        Document appointment = d.get("appointment", Document.class);
        Document personal = d.get("personal", Document.class);
        return Optional.of(new StoredContact(d.getString("chamberId"),
                appointment == null ? null : appointment.getString("consultantId"),
                () -> new ContactDetails(open(id, "name", personal), open(id, "businessName", personal),
                        open(id, "phone", personal), open(id, "email", personal))));
    }

    @Override
    public ApplyOutcome apply(StatusChange change) {
        String id = change.consultationId().toString();
        String eventId = change.eventId().toString();
        Bson notYetApplied = Filters.and(Filters.eq("_id", id), Filters.nin("appliedEventIds", eventId));
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set("status", change.status().name()));
        updates.add(Updates.set("statusAsOf", Date.from(change.asOf())));
        switch (change.appointmentChange()) {
            case SET -> updates.add(Updates.set("appointment", appointment(change.appointment())));
            case CLEAR -> updates.add(Updates.set("appointment", null));
            case KEEP -> { }
        }
        updates.add(Updates.addToSet("appliedEventIds", eventId));
        UpdateResult applied = collection().updateOne(Filters.and(notYetApplied,
                Filters.or(Filters.eq("statusAsOf", null), Filters.lte("statusAsOf", Date.from(change.asOf())))),
                Updates.combine(updates));
        if (applied.getMatchedCount() == 1) {
            return ApplyOutcome.APPLIED;
        }
        UpdateResult recorded = collection().updateOne(notYetApplied, Updates.addToSet("appliedEventIds", eventId));
        if (recorded.getMatchedCount() == 1) {
            return ApplyOutcome.STALE;
        }
        boolean exists = collection().find(Filters.eq("_id", id)).projection(new Document("_id", 1)).first() != null;
        return exists ? ApplyOutcome.DUPLICATE : ApplyOutcome.UNKNOWN_CONSULTATION;
    }

    private Document encrypted(String consultationId, PersonalData p) {
        return new Document("name", seal(consultationId, "name", p.name()))
                .append("businessName", seal(consultationId, "businessName", p.businessName()))
                .append("phone", seal(consultationId, "phone", p.phone()))
                .append("email", seal(consultationId, "email", p.email()))
                .append("description", seal(consultationId, "description", p.description()))
                .append("keyId", cipher.currentKeyId());
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
        return COLLECTION + "/" + consultationId + "/personal." + field;
    }

    private static Document appointment(Appointment a) {
        return new Document("appointmentId", a.appointmentId().toString())
                .append("consultantId", a.consultantId())
                .append("startsAt", Date.from(a.startsAt()))
                .append("endsAt", Date.from(a.endsAt()))
                .append("mode", a.mode() == null ? null : a.mode().name());
    }

    private static Appointment appointment(Document a) {
        if (a == null) {
            return null;
        }
        String mode = a.getString("mode");
        return new Appointment(UUID.fromString(a.getString("appointmentId")), a.getString("consultantId"),
                a.getDate("startsAt").toInstant(), a.getDate("endsAt").toInstant(),
                mode == null ? null : ConsultationMode.valueOf(mode));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
