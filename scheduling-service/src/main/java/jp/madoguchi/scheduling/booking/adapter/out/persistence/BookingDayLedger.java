package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;

/**
 * Collection {@code bookingDays}: one small document per UTC day ({@code _id} = {@code 2026-12-07}) listing the booked
 * appointments that start that day — consultant, start, public seat, appointment id. It is what the booker reads
 * instead of a range query over every appointment ever booked: a 14-day window is one query for 15 {@code _id}s,
 * however many years of history the {@code appointments} collection holds (issue #8).
 *
 * <p>It is a view, not the rule: the unique indexes of {@code appointments} still decide every race. It is written
 * after the appointment, so a crash in between leaves a booking missing here; the booker then loses the race for
 * that slot at the index and {@link #hold} adds the holder it finds. A cancellation is removed again on every
 * redelivery of the cancel, so a crash between the two writes heals on the retry.
 */
@Component
class BookingDayLedger {

    static final String COLLECTION = "bookingDays";
    static final String BOOKED = "booked";
    static final String APPOINTMENT_ID = "appointmentId";
    static final String CONSULTANT_ID = "consultantId";
    static final String STARTS_AT = "startsAt";
    static final String PUBLIC_SEAT = "publicSeat";

    private final MongoTemplate mongo;

    BookingDayLedger(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Notes a booked appointment; noting it again changes nothing. */
    void hold(String appointmentId, String consultantId, Instant startsAt, PublicSeat seat) {
        Document entry = new Document(APPOINTMENT_ID, appointmentId)
                .append(CONSULTANT_ID, consultantId)
                .append(STARTS_AT, Date.from(startsAt))
                .append(PUBLIC_SEAT, seat == null ? null : seat.key());
        collection().updateOne(Filters.eq("_id", day(startsAt)), Updates.addToSet(BOOKED, entry),
                new UpdateOptions().upsert(true));
    }

    /** Forgets an appointment that no longer holds its slot; forgetting it again changes nothing. */
    void release(String appointmentId, Instant startsAt) {
        collection().updateOne(Filters.eq("_id", day(startsAt)),
                Updates.pull(BOOKED, new Document(APPOINTMENT_ID, appointmentId)));
    }

    /**
     * The booked appointments starting in [from, to), in one query for the window's days by {@code _id} (an
     * {@code $in} on {@code _id} is served from the index, by the embedded store too).
     */
    Bookings bookedBetween(Instant from, Instant to) {
        List<String> days = new ArrayList<>();
        for (LocalDate day = LocalDate.ofInstant(from, ZoneOffset.UTC); day.atStartOfDay(ZoneOffset.UTC).toInstant()
                .isBefore(to); day = day.plusDays(1)) {
            days.add(day.toString());
        }
        List<Bookings.Taken> taken = new ArrayList<>();
        List<PublicSeat> seats = new ArrayList<>();
        for (Document ledger : collection().find(Filters.in("_id", days))) {
            for (Document entry : ledger.getList(BOOKED, Document.class, List.of())) {
                Instant startsAt = entry.getDate(STARTS_AT).toInstant();
                if (startsAt.isBefore(from) || !startsAt.isBefore(to)) {
                    continue;
                }
                taken.add(new Bookings.Taken(entry.getString(CONSULTANT_ID), startsAt));
                String seat = entry.getString(PUBLIC_SEAT);
                if (seat != null) {
                    seats.add(PublicSeat.parse(seat));
                }
            }
        }
        return Bookings.of(taken, seats);
    }

    private static String day(Instant startsAt) {
        return LocalDate.ofInstant(startsAt, ZoneOffset.UTC).toString();
    }

    private MongoCollection<Document> collection() {
        return mongo.getCollection(COLLECTION);
    }
}
