package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.WithdrawalReason;

/**
 * A consultant and a slot reserved for one consultation; a request from the public web form also holds one of the
 * day's public seats ({@code publicSeat}, null otherwise) until the appointment is cancelled.
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
        PublicSeat publicSeat) {

    public Appointment {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
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
                AppointmentStatus.BOOKED, now, request.sourceEventId(), publicSeat);
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
        if (!isBooked()) {
            throw new IllegalStateException("Appointment " + appointmentId + " is " + status + ", not booked");
        }
        WithdrawalCancellation cancellation = WithdrawalCancellation.of(withdrawal);
        Appointment cancelled = new Appointment(appointmentId, consultationId, federationId, chamberId, topic,
                consultantId, slot, mode, AppointmentStatus.CANCELLED, createdAt, sourceEventId, null);
        return WithEvents.of(cancelled, new ConsultationCancelled(UUID.randomUUID(), now, consultationId,
                federationId, appointmentId, cancellation.cancelledBy(), cancellation.reason()));
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }
}
