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

/** A consultant and a slot reserved for one consultation. */
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
        UUID sourceEventId) {

    public Appointment {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(status, "status");
    }

    /** Books the offer for the request: the appointment, and the announcement that it is scheduled. */
    public static WithEvents<Appointment> book(BookingRequest request, SlotOffer offer, Instant now) {
        Appointment appointment = new Appointment(UUID.randomUUID(), request.consultationId(), request.federationId(),
                request.chamberId(), request.topic(), offer.consultantId(), offer.slot(), request.mode(),
                AppointmentStatus.BOOKED, now, request.sourceEventId());
        return WithEvents.of(appointment, new ConsultationScheduled(UUID.randomUUID(), now, appointment.consultationId,
                appointment.federationId, appointment.appointmentId, appointment.consultantId,
                appointment.slot.startsAt(), appointment.slot.endsAt(), appointment.mode));
    }

    /**
     * Cancels a booked appointment because its request was withdrawn, which frees its slot.
     *
     * @throws IllegalStateException if it is no longer booked
     */
    public WithEvents<Appointment> cancelForWithdrawal(WithdrawalReason withdrawal, Instant now) {
        if (!isBooked()) {
            throw new IllegalStateException("Appointment " + appointmentId + " is " + status + ", not booked");
        }
        WithdrawalCancellation cancellation = WithdrawalCancellation.of(withdrawal);
        Appointment cancelled = new Appointment(appointmentId, consultationId, federationId, chamberId, topic,
                consultantId, slot, mode, AppointmentStatus.CANCELLED, createdAt, sourceEventId);
        return WithEvents.of(cancelled, new ConsultationCancelled(UUID.randomUUID(), now, consultationId,
                federationId, appointmentId, cancellation.cancelledBy(), cancellation.reason()));
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }
}
