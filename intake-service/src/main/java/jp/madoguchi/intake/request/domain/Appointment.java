package jp.madoguchi.intake.request.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationMode;

/** The slot scheduling booked for a request, as instants; local times are a matter of display. */
public record Appointment(UUID appointmentId, String consultantId, Instant startsAt, Instant endsAt, ConsultationMode mode) {

    public Appointment {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
