package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.model.Filters;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.application.AppointmentStore;
import jp.madoguchi.scheduling.booking.application.AppointmentStore.InsertOutcome;
import jp.madoguchi.scheduling.booking.application.AppointmentStore.MoveOutcome;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.Slot;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;

/** The unique indexes, as the embedded Mongo wire server enforces them, and the day ledger beside them. */
@SchedulingServiceTest
class AppointmentStoreIntegrationTest {

    @Autowired
    AppointmentStore store;
    @Autowired
    MongoTemplate mongo;

    private final String consultant = "consultant-" + UUID.randomUUID();
    private final Slot slot = new Slot(Instant.parse("2040-01-09T00:30:00Z"), Instant.parse("2040-01-09T01:30:00Z"));

    @Test
    void aConsultantSlotHoldsOneBookedAppointment() {
        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.INSERTED);

        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.SLOT_TAKEN);
        assertThat(insert(appointment(UUID.randomUUID(),
                new Slot(slot.endsAt(), slot.endsAt().plus(Duration.ofHours(1)))))).isEqualTo(InsertOutcome.INSERTED);
    }

    @Test
    void aConsultationHoldsOneAppointment() {
        UUID consultationId = UUID.randomUUID();
        assertThat(insert(appointment(consultationId, slot))).isEqualTo(InsertOutcome.INSERTED);

        Slot other = new Slot(slot.endsAt(), slot.endsAt().plus(Duration.ofHours(1)));
        assertThat(insert(appointment(consultationId, other))).isEqualTo(InsertOutcome.CONSULTATION_ALREADY_BOOKED);
        assertThat(insert(appointment(consultationId, slot))).isEqualTo(InsertOutcome.CONSULTATION_ALREADY_BOOKED);
    }

    @Test
    void aCancelledAppointmentFreesItsSlotOnce() {
        WithEvents<Appointment> first = Appointment.book(request(UUID.randomUUID()), new SlotOffer(slot, consultant),
                null, Instant.now());
        store.insert(first);

        WithEvents<Appointment> cancelled = first.state().cancelForWithdrawal(WithdrawalReason.OWNER_REQUEST, Instant.now());
        assertThat(store.cancel(cancelled)).isTrue();
        assertThat(store.cancel(cancelled)).isFalse();

        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.INSERTED);
        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.SLOT_TAKEN);
        assertThat(store.bookedBetween(slot.startsAt(), slot.endsAt()).loadOf(consultant)).isEqualTo(1);
    }

    @Test
    void aBookingTheDayLedgerMissedIsAddedWhenSomeoneLosesTheSlotToIt() {
        // A day of its own: the test removes the whole day's ledger.
        Slot own = new Slot(Instant.parse("2040-02-09T00:30:00Z"), Instant.parse("2040-02-09T01:30:00Z"));
        insert(appointment(UUID.randomUUID(), own));
        // As if the booker had stopped between the appointment and the ledger.
        mongo.getCollection(BookingDayLedger.COLLECTION).deleteOne(Filters.eq("_id", "2040-02-09"));
        assertThat(store.bookedBetween(own.startsAt(), own.endsAt()).isTaken(consultant, own)).isFalse();

        assertThat(insert(appointment(UUID.randomUUID(), own))).isEqualTo(InsertOutcome.SLOT_TAKEN);

        assertThat(store.bookedBetween(own.startsAt(), own.endsAt()).isTaken(consultant, own)).isTrue();
    }

    @Test
    void aCancellationTheLedgerStillShowsIsRemovedWhenTheCancelIsDeliveredAgain() {
        WithEvents<Appointment> booked = appointment(UUID.randomUUID(), slot);
        insert(booked);
        WithEvents<Appointment> cancelled = booked.state().cancelForWithdrawal(WithdrawalReason.OWNER_REQUEST,
                Instant.now());
        store.cancel(cancelled);
        // As if the canceller had stopped between the appointment and the ledger.
        new BookingDayLedger(mongo).hold(booked.state().appointmentId().toString(), consultant, slot.startsAt(), null);

        assertThat(store.cancel(cancelled)).isFalse();

        assertThat(store.bookedBetween(slot.startsAt(), slot.endsAt()).isTaken(consultant, slot)).isFalse();
    }

    @Test
    void theDayLedgerIsReadByIdOnlyAndHoldsWhatStartsInTheWindow() {
        Slot later = new Slot(slot.startsAt().plus(Duration.ofDays(1)), slot.endsAt().plus(Duration.ofDays(1)));
        insert(appointment(UUID.randomUUID(), slot));
        insert(appointment(UUID.randomUUID(), later));

        assertThat(store.bookedBetween(slot.startsAt(), later.startsAt()).loadOf(consultant)).isEqualTo(1);
        assertThat(store.bookedBetween(slot.startsAt(), later.endsAt()).loadOf(consultant)).isEqualTo(2);
        assertThat(store.bookedBetween(slot.endsAt(), later.startsAt()).loadOf(consultant)).isZero();
    }

    @Test
    void aMoveOntoAHeldSlotIsRefusedByTheIndexAndChangesNothing() {
        Slot next = new Slot(slot.endsAt(), slot.endsAt().plus(Duration.ofHours(1)));
        Appointment moving = appointment(UUID.randomUUID(), slot).state();
        insert(WithEvents.of(moving));
        insert(appointment(UUID.randomUUID(), next));

        assertThat(store.move(moving, moving.moveTo(new SlotOffer(next, consultant), moving.mode(), null,
                UUID.randomUUID(), Instant.now()))).isEqualTo(MoveOutcome.SLOT_TAKEN);

        assertThat(store.findByConsultation(moving.consultationId())).hasValueSatisfying(stored -> {
            assertThat(stored.slot()).isEqualTo(slot);
            assertThat(stored.dateChanges()).isEmpty();
        });
    }

    @Test
    void aMoveFreesTheOldSlotAtOnceAndIsWrittenOnce() {
        Slot next = new Slot(slot.startsAt().plus(Duration.ofDays(2)), slot.endsAt().plus(Duration.ofDays(2)));
        Appointment moving = appointment(UUID.randomUUID(), slot).state();
        insert(WithEvents.of(moving));
        WithEvents<Appointment> moved = moving.moveTo(new SlotOffer(next, consultant), ConsultationMode.WEB_MEETING,
                null, UUID.randomUUID(), Instant.now());

        assertThat(store.move(moving, moved)).isEqualTo(MoveOutcome.MOVED);
        assertThat(store.move(moving, moved)).isEqualTo(MoveOutcome.CHANGED_MEANWHILE);

        assertThat(store.findByConsultation(moving.consultationId())).hasValueSatisfying(stored -> {
            assertThat(stored.slot()).isEqualTo(next);
            assertThat(stored.mode()).isEqualTo(ConsultationMode.WEB_MEETING);
            assertThat(stored.dateChanges()).isEqualTo(moved.state().dateChanges());
        });
        assertThat(store.bookedBetween(slot.startsAt(), slot.endsAt()).isTaken(consultant, slot)).isFalse();
        assertThat(store.bookedBetween(next.startsAt(), next.endsAt()).isTaken(consultant, next)).isTrue();
        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.INSERTED);
    }

    @Test
    void aMoveTheLedgerMissedIsCompletedWhenTheDateChangeIsDeliveredAgain() {
        Slot next = new Slot(slot.startsAt().plus(Duration.ofDays(3)), slot.endsAt().plus(Duration.ofDays(3)));
        Appointment moving = appointment(UUID.randomUUID(), slot).state();
        insert(WithEvents.of(moving));
        WithEvents<Appointment> moved = moving.moveTo(new SlotOffer(next, consultant), moving.mode(), null,
                UUID.randomUUID(), Instant.now());
        store.move(moving, moved);
        // As if the mover had stopped between the appointment and the ledger.
        BookingDayLedger ledger = new BookingDayLedger(mongo);
        String id = moving.appointmentId().toString();
        ledger.release(id, next.startsAt());
        ledger.hold(id, consultant, slot.startsAt(), null);

        store.completeMove(moved.state());

        assertThat(store.bookedBetween(slot.startsAt(), slot.endsAt()).isTaken(consultant, slot)).isFalse();
        assertThat(store.bookedBetween(next.startsAt(), next.endsAt()).isTaken(consultant, next)).isTrue();
    }

    private InsertOutcome insert(WithEvents<Appointment> booked) {
        return store.insert(booked);
    }

    private WithEvents<Appointment> appointment(UUID consultationId, Slot at) {
        return Appointment.book(request(consultationId), new SlotOffer(at, consultant), null, Instant.now());
    }

    private static BookingRequest request(UUID consultationId) {
        return new BookingRequest(consultationId, "chiba", "yachimata", ConsultationTopic.DX_IT,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF);
    }
}
