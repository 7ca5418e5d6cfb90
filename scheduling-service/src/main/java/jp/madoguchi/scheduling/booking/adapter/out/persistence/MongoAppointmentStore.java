package jp.madoguchi.scheduling.booking.adapter.out.persistence;

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
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.platform.mongo.DuplicateKey;
import jp.madoguchi.platform.mongo.MongoIndexes;
import jp.madoguchi.platform.outbox.Outbox;
import jp.madoguchi.platform.outbox.OutboxEntry;
import jp.madoguchi.scheduling.booking.application.AppointmentStore;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentStatus;
import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;
import jp.madoguchi.scheduling.booking.domain.Slot;

/**
 * Collection {@code appointments}, one document per appointment (see {@link AppointmentDocument}).
 *
 * <p>Three unique indexes carry the booking rules: one appointment per consultation, one booked
 * appointment per consultant and slot start, and one booked appointment per public seat (sparse: only
 * public requests' appointments hold one, and a cancellation removes it). The second is on (consultantId, startsAt, slotReleasedBy):
 * {@code slotReleasedBy} is null while the appointment holds its slot and becomes the appointment's own
 * id when it is cancelled, which frees the slot without a partial index (the embedded Mongo server has
 * none).
 */
@Component
class MongoAppointmentStore implements AppointmentStore {

    private static final Bson LEDGER_FIELDS = Projections.include(AppointmentDocument.ID,
            AppointmentDocument.CONSULTANT_ID, AppointmentDocument.STARTS_AT, AppointmentDocument.PUBLIC_SEAT);

    private final MongoTemplate mongo;
    private final Outbox outbox;
    private final BookingDayLedger ledger;

    MongoAppointmentStore(MongoTemplate mongo, Outbox outbox, BookingDayLedger ledger) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.ledger = ledger;
    }

    @Override
    public InsertOutcome insert(WithEvents<Appointment> booked) {
        Appointment appointment = booked.state();
        Document document = toDocument(appointment).append(OutboxEntry.FIELD, outbox.entries(booked.events()));
        try {
            collection().insertOne(document);
        } catch (MongoWriteException e) {
            if (!DuplicateKey.is(e)) {
                throw e;
            }
            // The error says that a unique index refused, not which: the keys it guards do, looked up the same way
            // in real and embedded Mongo.
            if (findByConsultation(appointment.consultationId()).isPresent()) {
                return InsertOutcome.CONSULTATION_ALREADY_BOOKED;
            }
            Document slotHolder = slotHolder(appointment);
            if (slotHolder != null) {
                holdInLedger(slotHolder);
                return InsertOutcome.SLOT_TAKEN;
            }
            Document seatHolder = appointment.publicSeat() == null ? null : publicSeatHolder(appointment.publicSeat());
            if (seatHolder != null) {
                holdInLedger(seatHolder);
                return InsertOutcome.PUBLIC_SEAT_TAKEN;
            }
            // The holder let the slot go in between, or the random id collided: the consumer's retry books afresh.
            throw e;
        }
        outbox.written(collection(), document.get(AppointmentDocument.ID));
        ledger.hold(appointment.appointmentId().toString(), appointment.consultantId(), appointment.slot().startsAt(),
                appointment.publicSeat());
        return InsertOutcome.INSERTED;
    }

    @Override
    public boolean cancel(WithEvents<Appointment> cancelled) {
        Appointment appointment = cancelled.state();
        String id = appointment.appointmentId().toString();
        Instant cancelledAt = cancelled.events().get(0).occurredAt();
        long modified = collection().updateOne(
                Filters.and(Filters.eq(AppointmentDocument.ID, id),
                        Filters.eq(AppointmentDocument.STATUS, AppointmentStatus.BOOKED.name())),
                Updates.combine(
                        Updates.set(AppointmentDocument.STATUS, appointment.status().name()),
                        Updates.set(AppointmentDocument.CANCELLED_AT, Date.from(cancelledAt)),
                        Updates.set(AppointmentDocument.SLOT_RELEASED_BY, id),
                        Updates.unset(AppointmentDocument.PUBLIC_SEAT),
                        outbox.push(cancelled.events())))
                .getModifiedCount();
        // Also when already cancelled: a crash after the cancellation may have left it in the ledger.
        ledger.release(id, appointment.slot().startsAt());
        if (modified == 0) {
            return false;
        }
        outbox.written(collection(), id);
        return true;
    }

    @Override
    public MoveOutcome move(Appointment seen, WithEvents<Appointment> moved) {
        Appointment appointment = moved.state();
        String id = appointment.appointmentId().toString();
        List<Bson> updates = new ArrayList<>(List.of(
                Updates.set(AppointmentDocument.CONSULTANT_ID, appointment.consultantId()),
                Updates.set(AppointmentDocument.STARTS_AT, Date.from(appointment.slot().startsAt())),
                Updates.set(AppointmentDocument.ENDS_AT, Date.from(appointment.slot().endsAt())),
                Updates.set(AppointmentDocument.MODE, appointment.mode().name()),
                Updates.set(AppointmentDocument.MOVED_FROM, Date.from(seen.slot().startsAt())),
                Updates.set(AppointmentDocument.DATE_CHANGES, ids(appointment.dateChanges())),
                outbox.push(moved.events())));
        updates.add(appointment.publicSeat() == null ? Updates.unset(AppointmentDocument.PUBLIC_SEAT)
                : Updates.set(AppointmentDocument.PUBLIC_SEAT, appointment.publicSeat().key()));
        long modified;
        try {
            modified = collection().updateOne(asSeen(seen), Updates.combine(updates)).getModifiedCount();
        } catch (MongoWriteException e) {
            if (!DuplicateKey.is(e)) {
                throw e;
            }
            Document slotHolder = slotHolder(appointment);
            if (slotHolder != null) {
                holdInLedger(slotHolder);
                return MoveOutcome.SLOT_TAKEN;
            }
            Document seatHolder = appointment.publicSeat() == null ? null : publicSeatHolder(appointment.publicSeat());
            if (seatHolder != null) {
                holdInLedger(seatHolder);
                return MoveOutcome.PUBLIC_SEAT_TAKEN;
            }
            throw e;
        }
        if (modified == 0) {
            return MoveOutcome.CHANGED_MEANWHILE;
        }
        outbox.written(collection(), id);
        moveInLedger(id, seen.slot().startsAt(), appointment);
        return MoveOutcome.MOVED;
    }

    @Override
    public boolean keep(Appointment seen, WithEvents<Appointment> kept) {
        String id = kept.state().appointmentId().toString();
        long modified = collection().updateOne(asSeen(seen), Updates.combine(
                        Updates.set(AppointmentDocument.DATE_CHANGES, ids(kept.state().dateChanges())),
                        outbox.push(kept.events())))
                .getModifiedCount();
        if (modified == 0) {
            return false;
        }
        outbox.written(collection(), id);
        return true;
    }

    @Override
    public void completeMove(Appointment moved) {
        String id = moved.appointmentId().toString();
        Document stored = collection().find(Filters.eq(AppointmentDocument.ID, id))
                .projection(Projections.include(AppointmentDocument.MOVED_FROM)).first();
        Date movedFrom = stored == null ? null : stored.getDate(AppointmentDocument.MOVED_FROM);
        if (movedFrom != null) {
            moveInLedger(id, movedFrom.toInstant(), moved);
        }
    }

    /**
     * Release first, then hold: both are idempotent and the hold comes last, so also a move within one day (the same
     * ledger document) ends with exactly the new entry.
     */
    private void moveInLedger(String id, Instant from, Appointment moved) {
        ledger.release(id, from);
        ledger.hold(id, moved.consultantId(), moved.slot().startsAt(), moved.publicSeat());
    }

    /**
     * The appointment exactly as it was read: still booked, at the same consultant and start, with the same date
     * changes answered (a redelivery or another instance that got there first has changed one of them).
     */
    private Bson asSeen(Appointment seen) {
        return Filters.and(Filters.eq(AppointmentDocument.ID, seen.appointmentId().toString()),
                Filters.eq(AppointmentDocument.STATUS, AppointmentStatus.BOOKED.name()),
                Filters.eq(AppointmentDocument.CONSULTANT_ID, seen.consultantId()),
                Filters.eq(AppointmentDocument.STARTS_AT, Date.from(seen.slot().startsAt())),
                seen.dateChanges().isEmpty() ? Filters.exists(AppointmentDocument.DATE_CHANGES, false)
                        : Filters.eq(AppointmentDocument.DATE_CHANGES, ids(seen.dateChanges())));
    }

    private static List<String> ids(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    @Override
    public Optional<Appointment> findByConsultation(UUID consultationId) {
        return Optional.ofNullable(collection()
                .find(Filters.eq(AppointmentDocument.CONSULTATION_ID, consultationId.toString()))
                .projection(Projections.exclude(OutboxEntry.FIELD))
                .first())
                .map(MongoAppointmentStore::toAppointment);
    }

    @Override
    public List<Appointment> findStartingBetween(Instant from, Instant to) {
        return collection().find(Filters.and(Filters.gte(AppointmentDocument.STARTS_AT, Date.from(from)),
                        Filters.lt(AppointmentDocument.STARTS_AT, Date.from(to))))
                .projection(Projections.exclude(OutboxEntry.FIELD))
                .sort(Sorts.ascending(AppointmentDocument.STARTS_AT, AppointmentDocument.CONSULTANT_ID))
                .map(MongoAppointmentStore::toAppointment)
                .into(new ArrayList<>());
    }

    /** From the day ledger, not a range query over every appointment: see {@link BookingDayLedger}. */
    @Override
    public Bookings bookedBetween(Instant from, Instant to) {
        return ledger.bookedBetween(from, to);
    }

    /** The booked appointment holding the slot, looked up by the keys of its unique index. */
    private Document slotHolder(Appointment appointment) {
        return collection().find(Filters.and(
                        Filters.eq(AppointmentDocument.CONSULTANT_ID, appointment.consultantId()),
                        Filters.eq(AppointmentDocument.STARTS_AT, Date.from(appointment.slot().startsAt())),
                        Filters.eq(AppointmentDocument.SLOT_RELEASED_BY, null)))
                .projection(LEDGER_FIELDS)
                .first();
    }

    private Document publicSeatHolder(PublicSeat seat) {
        return collection().find(Filters.eq(AppointmentDocument.PUBLIC_SEAT, seat.key()))
                .projection(LEDGER_FIELDS)
                .first();
    }

    /** Adds a holder the ledger missed (its booker stopped between the two writes). */
    private void holdInLedger(Document holder) {
        String seat = holder.getString(AppointmentDocument.PUBLIC_SEAT);
        ledger.hold(holder.getString(AppointmentDocument.ID), holder.getString(AppointmentDocument.CONSULTANT_ID),
                holder.getDate(AppointmentDocument.STARTS_AT).toInstant(), seat == null ? null : PublicSeat.parse(seat));
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(AppointmentDocument.COLLECTION);
    }

    private static Document toDocument(Appointment appointment) {
        Document document = new Document(AppointmentDocument.ID, appointment.appointmentId().toString())
                .append(AppointmentDocument.CONSULTATION_ID, appointment.consultationId().toString())
                .append(AppointmentDocument.FEDERATION_ID, appointment.federationId())
                .append(AppointmentDocument.CHAMBER_ID, appointment.chamberId())
                .append(AppointmentDocument.TOPIC, appointment.topic() == null ? null : appointment.topic().name())
                .append(AppointmentDocument.CONSULTANT_ID, appointment.consultantId())
                .append(AppointmentDocument.STARTS_AT, Date.from(appointment.slot().startsAt()))
                .append(AppointmentDocument.ENDS_AT, Date.from(appointment.slot().endsAt()))
                .append(AppointmentDocument.MODE, appointment.mode().name())
                .append(AppointmentDocument.STATUS, appointment.status().name())
                .append(AppointmentDocument.CREATED_AT, Date.from(appointment.createdAt()))
                .append(AppointmentDocument.SOURCE_EVENT_ID, appointment.sourceEventId().toString());
        // Written explicitly so every booked appointment has the same (null) value in the slot index.
        document.append(AppointmentDocument.SLOT_RELEASED_BY, null);
        if (appointment.publicSeat() != null) {
            document.append(AppointmentDocument.PUBLIC_SEAT, appointment.publicSeat().key());
        }
        if (!appointment.dateChanges().isEmpty()) {
            document.append(AppointmentDocument.DATE_CHANGES, ids(appointment.dateChanges()));
        }
        return document;
    }

    private static Appointment toAppointment(Document d) {
        String topic = d.getString(AppointmentDocument.TOPIC);
        String seat = d.getString(AppointmentDocument.PUBLIC_SEAT);
        return new Appointment(
                UUID.fromString(d.getString(AppointmentDocument.ID)),
                UUID.fromString(d.getString(AppointmentDocument.CONSULTATION_ID)),
                d.getString(AppointmentDocument.FEDERATION_ID),
                d.getString(AppointmentDocument.CHAMBER_ID),
                topic == null ? null : ConsultationTopic.valueOf(topic),
                d.getString(AppointmentDocument.CONSULTANT_ID),
                new Slot(d.getDate(AppointmentDocument.STARTS_AT).toInstant(),
                        d.getDate(AppointmentDocument.ENDS_AT).toInstant()),
                ConsultationMode.valueOf(d.getString(AppointmentDocument.MODE)),
                AppointmentStatus.valueOf(d.getString(AppointmentDocument.STATUS)),
                d.getDate(AppointmentDocument.CREATED_AT).toInstant(),
                UUID.fromString(d.getString(AppointmentDocument.SOURCE_EVENT_ID)),
                seat == null ? null : PublicSeat.parse(seat),
                d.getList(AppointmentDocument.DATE_CHANGES, String.class, List.of()).stream().map(UUID::fromString)
                        .toList());
    }

    /** The indexes the booking rules rest on, in place before the first booking request is consumed. */
    @Configuration(proxyBeanMethods = false)
    static class IndexConfiguration {

        @Bean
        MongoIndexes appointmentIndexes() {
            return MongoIndexes.of(AppointmentDocument.COLLECTION,
                    new IndexModel(Indexes.ascending(AppointmentDocument.CONSULTATION_ID),
                            new IndexOptions().unique(true).name(AppointmentDocument.ONE_PER_CONSULTATION)),
                    new IndexModel(Indexes.ascending(AppointmentDocument.CONSULTANT_ID, AppointmentDocument.STARTS_AT,
                            AppointmentDocument.SLOT_RELEASED_BY),
                            new IndexOptions().unique(true).name(AppointmentDocument.ONE_PER_CONSULTANT_SLOT)),
                    new IndexModel(Indexes.ascending(AppointmentDocument.STARTS_AT),
                            new IndexOptions().name(AppointmentDocument.BY_START)),
                    new IndexModel(Indexes.ascending(AppointmentDocument.PUBLIC_SEAT),
                            new IndexOptions().unique(true).sparse(true).name(AppointmentDocument.ONE_PER_PUBLIC_SEAT)));
        }
    }
}
