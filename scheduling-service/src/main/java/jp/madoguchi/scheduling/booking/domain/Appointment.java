package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationDateChangeDeclined;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.DateChangeDeclineReason;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.WithdrawalReason;

/**
 * A consultant and a slot reserved for one consultation; a request from the public web form also holds one of the
 * day's public seats ({@code publicSeat}, null otherwise) until the appointment is cancelled.
 *
 * @param dateChanges the requests for another date this appointment has answered (moved or kept), by event id, so a
 *                    redelivered one is answered once
 */
public record Appointment(
        UUID appointmentId,
        UUID consultationId,
        String federationId,
        String chamberId,
        ConsultationTopic topic,
        String consultantId,
        Slot slot,
        ConsultationMode mode,
        AppointmentStatus status,
        Instant createdAt,
        UUID sourceEventId,
        PublicSeat publicSeat,
        List<UUID> dateChanges) {

    public Appointment {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
        dateChanges = dateChanges == null ? List.of() : List.copyOf(dateChanges);
    }

    /**
     * Books the offer for the request: the appointment, and the announcement that it is scheduled.
     *
     * @param publicSeat the seat a public request takes; null for staff and advisors' requests
     */
    public static WithEvents<Appointment> book(BookingRequest request, SlotOffer offer, PublicSeat publicSeat,
            Instant now) {
        if (request.fromPublicForm() != (publicSeat != null)) {
            throw new IllegalArgumentException("A public request takes a public seat, and only a public request does");
        }
        Appointment appointment = new Appointment(UUID.randomUUID(), request.consultationId(), request.federationId(),
                request.chamberId(), request.topic(), offer.consultantId(), offer.slot(), request.mode(),
                AppointmentStatus.BOOKED, now, request.sourceEventId(), publicSeat, List.of());
        return WithEvents.of(appointment, new ConsultationScheduled(UUID.randomUUID(), now, appointment.consultationId,
                appointment.federationId, appointment.appointmentId, appointment.consultantId,
                appointment.slot.startsAt(), appointment.slot.endsAt(), appointment.mode));
    }

    /**
     * Cancels a booked appointment because its request was withdrawn, which frees its slot and public seat.
     *
     * @throws IllegalStateException if it is no longer booked
     */
    public WithEvents<Appointment> cancelForWithdrawal(WithdrawalReason withdrawal, Instant now) {
        requireBooked();
        WithdrawalCancellation cancellation = WithdrawalCancellation.of(withdrawal);
        Appointment cancelled = new Appointment(appointmentId, consultationId, federationId, chamberId, topic,
                consultantId, slot, mode, AppointmentStatus.CANCELLED, createdAt, sourceEventId, null, dateChanges);
        return WithEvents.of(cancelled, new ConsultationCancelled(UUID.randomUUID(), now, consultationId,
                federationId, appointmentId, cancellation.cancelledBy(), cancellation.reason()));
    }

    /**
     * Moves the booked appointment to the offer (the same appointment, perhaps another consultant), answering the
     * request for another date, and announces the new date.
     *
     * @param seat the public seat it holds on the new day; null unless it holds one now
     * @throws IllegalStateException if it is no longer booked
     */
    public WithEvents<Appointment> moveTo(SlotOffer offer, ConsultationMode newMode, PublicSeat seat,
            UUID dateChangeEventId, Instant now) {
        requireBooked();
        if ((publicSeat == null) != (seat == null)) {
            throw new IllegalArgumentException("A moved appointment holds a public seat exactly when it held one");
        }
        Appointment moved = new Appointment(appointmentId, consultationId, federationId, chamberId, topic,
                offer.consultantId(), offer.slot(), newMode, status, createdAt, sourceEventId, seat,
                answering(dateChangeEventId));
        return WithEvents.of(moved, new ConsultationRescheduled(UUID.randomUUID(), now, consultationId, federationId,
                appointmentId, moved.consultantId, slot.startsAt(), moved.slot.startsAt(), moved.slot.endsAt(),
                moved.mode));
    }

    /**
     * Keeps the appointment as it is, answering the request for another date with why it could not be met: the
     * owner keeps the date they had rather than losing it for nothing.
     */
    public WithEvents<Appointment> keep(UUID dateChangeEventId, DateChangeDeclineReason reason, Instant now) {
        Appointment kept = new Appointment(appointmentId, consultationId, federationId, chamberId, topic, consultantId,
                slot, mode, status, createdAt, sourceEventId, publicSeat, answering(dateChangeEventId));
        return WithEvents.of(kept, new ConsultationDateChangeDeclined(UUID.randomUUID(), now, consultationId,
                federationId, dateChangeEventId, reason));
    }

    /** Whether it answered that request for another date: moved or kept by it, or booked by it off the waitlist. */
    public boolean hasAnswered(UUID dateChangeEventId) {
        return dateChanges.contains(dateChangeEventId) || dateChangeEventId.equals(sourceEventId);
    }

    /** Whether the consultation has begun (or is over) at {@code now}: too late to move it. */
    public boolean hasBegunAt(Instant now) {
        return !slot.startsAt().isAfter(now);
    }

    private List<UUID> answering(UUID dateChangeEventId) {
        List<UUID> answered = new ArrayList<>(dateChanges);
        answered.add(dateChangeEventId);
        return answered;
    }

    private void requireBooked() {
        if (!isBooked()) {
            throw new IllegalStateException("Appointment " + appointmentId + " is " + status + ", not booked");
        }
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }
}
