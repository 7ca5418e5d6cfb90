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
