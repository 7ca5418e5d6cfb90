package jp.madoguchi.scheduling.booking.adapter.in.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jp.madoguchi.scheduling.booking.domain.Appointment;

/** An appointment as the API shows it: instants, and the same times as the federation reads them. */
public record AppointmentView(
        UUID appointmentId,
        UUID consultationId,
        String consultantId,
        Instant startsAt,
        Instant endsAt,
        LocalDate localDate,
        String localStartTime,
        String localEndTime,
        String mode,
        String status) {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    static AppointmentView of(Appointment appointment, ZoneId zone) {
        ZonedDateTime start = appointment.slot().startsAt().atZone(zone);
        ZonedDateTime end = appointment.slot().endsAt().atZone(zone);
        return new AppointmentView(appointment.appointmentId(), appointment.consultationId(),
                appointment.consultantId(), appointment.slot().startsAt(), appointment.slot().endsAt(),
                start.toLocalDate(), HOUR_MINUTE.format(start), HOUR_MINUTE.format(end),
                appointment.mode().name(), appointment.status().name());
    }
}
