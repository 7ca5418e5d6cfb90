package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.application.AppointmentStore;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentStatus;
import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.Slot;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * Collection {@code appointments}, one document per appointment (ids as strings, times as dates).
 *
 * <p>Two unique indexes carry the booking rules: one appointment per consultation, and one booked
 * appointment per consultant and slot start. The second is on (consultantId, startsAt, slotReleasedBy):
 * {@code slotReleasedBy} is null while the appointment holds its slot and becomes the appointment's own
 * id when it is cancelled, which frees the slot without a partial index (the embedded Mongo server has
 * none).
 */
@Component
class MongoAppointmentStore implements AppointmentStore, InitializingBean {

    static final String COLLECTION = "appointments";
    static final String ONE_PER_CONSULTATION = "one_appointment_per_consultation";
    static final String ONE_PER_CONSULTANT_SLOT = "one_booking_per_consultant_slot";

    private final MongoTemplate mongo;
    private final Outbox outbox;

    MongoAppointmentStore(MongoTemplate mongo, Outbox outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void afterPropertiesSet() {
        collection().createIndex(Indexes.ascending("consultationId"),
                new IndexOptions().unique(true).name(ONE_PER_CONSULTATION));
        collection().createIndex(Indexes.ascending("consultantId", "startsAt", "slotReleasedBy"),
                new IndexOptions().unique(true).name(ONE_PER_CONSULTANT_SLOT));
        collection().createIndex(Indexes.ascending("startsAt"), new IndexOptions().name("by_start"));
    }

    @Override
    public InsertOutcome insert(WithEvents<Appointment> booked) {
        Appointment appointment = booked.state();
        Document document = toDocument(appointment).append(OutboxEntry.FIELD, outbox.entries(booked.events()));
        try {
            collection().insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // Which index said no decides the outcome; the lookup is the one answer both real and embedded
            // Mongo give in the same form.
            return findByConsultation(appointment.consultationId()).isPresent()
                    ? InsertOutcome.CONSULTATION_ALREADY_BOOKED
                    : InsertOutcome.SLOT_TAKEN;
        }
        outbox.written();
        return InsertOutcome.INSERTED;
    }

    @Override
    public boolean cancel(WithEvents<Appointment> cancelled) {
        Appointment appointment = cancelled.state();
        String id = appointment.appointmentId().toString();
        Instant cancelledAt = cancelled.events().get(0).occurredAt();
        long modified = collection().updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("status", AppointmentStatus.BOOKED.name())),
                Updates.combine(
                        Updates.set("status", appointment.status().name()),
                        Updates.set("cancelledAt", Date.from(cancelledAt)),
                        Updates.set("slotReleasedBy", id),
                        outbox.push(cancelled.events())))
                .getModifiedCount();
        if (modified == 0) {
            return false;
        }
        outbox.written();
        return true;
    }

    @Override
    public Optional<Appointment> findByConsultation(UUID consultationId) {
        return Optional.ofNullable(collection().find(Filters.eq("consultationId", consultationId.toString()))
                .projection(Projections.exclude(OutboxEntry.FIELD))
                .first())
                .map(MongoAppointmentStore::toAppointment);
    }

    @Override
    public List<Appointment> findStartingBetween(Instant from, Instant to) {
        return collection().find(Filters.and(Filters.gte("startsAt", Date.from(from)), Filters.lt("startsAt", Date.from(to))))
                .projection(Projections.exclude(OutboxEntry.FIELD))
                .sort(Sorts.ascending("startsAt", "consultantId"))
                .map(MongoAppointmentStore::toAppointment)
                .into(new ArrayList<>());
    }

    @Override
    public Bookings bookedBetween(Instant from, Instant to) {
        List<Bookings.Taken> taken = collection()
                .find(Filters.and(Filters.eq("status", AppointmentStatus.BOOKED.name()),
                        Filters.gte("startsAt", Date.from(from)), Filters.lt("startsAt", Date.from(to))))
                .projection(Projections.include("consultantId", "startsAt"))
                .map(d -> new Bookings.Taken(d.getString("consultantId"), d.getDate("startsAt").toInstant()))
                .into(new ArrayList<>());
        return Bookings.of(taken);
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }

    private static Document toDocument(Appointment appointment) {
        Document document = new Document("_id", appointment.appointmentId().toString())
                .append("consultationId", appointment.consultationId().toString())
                .append("federationId", appointment.federationId())
                .append("chamberId", appointment.chamberId())
                .append("topic", appointment.topic() == null ? null : appointment.topic().name())
                .append("consultantId", appointment.consultantId())
                .append("startsAt", Date.from(appointment.slot().startsAt()))
                .append("endsAt", Date.from(appointment.slot().endsAt()))
                .append("mode", appointment.mode().name())
                .append("status", appointment.status().name())
                .append("createdAt", Date.from(appointment.createdAt()))
                .append("sourceEventId", appointment.sourceEventId().toString());
        // Written explicitly so every booked appointment has the same (null) value in the slot index.
        document.append("slotReleasedBy", null);
        return document;
    }

    private static Appointment toAppointment(Document d) {
        String topic = d.getString("topic");
        return new Appointment(
                UUID.fromString(d.getString("_id")),
                UUID.fromString(d.getString("consultationId")),
                d.getString("federationId"),
                d.getString("chamberId"),
                topic == null ? null : ConsultationTopic.valueOf(topic),
                d.getString("consultantId"),
                new Slot(d.getDate("startsAt").toInstant(), d.getDate("endsAt").toInstant()),
                ConsultationMode.valueOf(d.getString("mode")),
                AppointmentStatus.valueOf(d.getString("status")),
                d.getDate("createdAt").toInstant(),
                UUID.fromString(d.getString("sourceEventId")));
    }
}
