package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;

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

    public static Appointment book(BookingRequest request, SlotOffer offer, Instant now) {
        return new Appointment(UUID.randomUUID(), request.consultationId(), request.federationId(),
                request.chamberId(), request.topic(), offer.consultantId(), offer.slot(), request.mode(),
                AppointmentStatus.BOOKED, now, request.sourceEventId());
    }

    public boolean isBooked() {
        return status == AppointmentStatus.BOOKED;
    }
}
