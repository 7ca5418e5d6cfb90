package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationScheduled;
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
        SLOT_TAKEN
    }

    InsertOutcome insert(Appointment appointment, ConsultationScheduled scheduled);

    /** @return false when the appointment was no longer booked (already cancelled) */
    boolean cancel(Appointment appointment, ConsultationCancelled cancelled);

    Optional<Appointment> findByConsultation(UUID consultationId);

    List<Appointment> findStartingBetween(Instant from, Instant to);

    /** Booked (not cancelled) appointments starting in [from, to). */
    Bookings bookedBetween(Instant from, Instant to);
}
