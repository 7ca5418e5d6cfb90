package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.Bookings;

/**
 * Appointments with their pending events. Each write stores the state change and the event it causes
 * in one document write, so neither exists without the other.
 */
public interface AppointmentStore {

    enum InsertOutcome {
        INSERTED,
        /** The consultation already has an appointment: a redelivery or a concurrent duplicate. */
        CONSULTATION_ALREADY_BOOKED,
        /** Someone else took this consultant's slot since the snapshot was read. */
        SLOT_TAKEN,
        /** Another public request took this public seat since the snapshot was read. */
        PUBLIC_SEAT_TAKEN
    }

    enum MoveOutcome {
        MOVED,
        /** Someone else holds the new consultant's slot. */
        SLOT_TAKEN,
        /** Another public request holds the public seat asked for on the new day. */
        PUBLIC_SEAT_TAKEN,
        /** The appointment is no longer as it was read (cancelled, moved, or this change answered already). */
        CHANGED_MEANWHILE
    }

    /**
     * Moves a booked appointment, as it was read ({@code seen}), to its new slot with its events in one update: the
     * old slot is free at the moment the new one is held, and never both or neither.
     */
    MoveOutcome move(Appointment seen, WithEvents<Appointment> moved);

    /**
     * Stores the answer to a date change that leaves the appointment where it is, with its events, in one update.
     *
     * @return false when the appointment is no longer as it was read
     */
    boolean keep(Appointment seen, WithEvents<Appointment> kept);

    /**
     * Redoes what a move writes after the appointment itself, where a crash may have stopped it; doing it again
     * changes nothing.
     */
    void completeMove(Appointment moved);

    /** Stores a new appointment and its events in one insert. */
    InsertOutcome insert(WithEvents<Appointment> booked);

    /**
     * Stores a booked appointment's cancellation and its events in one update.
     *
     * @return false when the appointment was no longer booked (already cancelled)
     */
    boolean cancel(WithEvents<Appointment> cancelled);

    Optional<Appointment> findByConsultation(UUID consultationId);

    List<Appointment> findStartingBetween(Instant from, Instant to);

    /** Booked (not cancelled) appointments starting in [from, to), with the public seats they hold. */
    Bookings bookedBetween(Instant from, Instant to);
}
