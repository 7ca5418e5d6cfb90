package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationStatus;

/** A request's status as the API shows it; appointment times also in Asia/Tokyo, where the service runs. */
public record ConsultationStatusView(
        UUID consultationId,
        String referenceCode,
        String chamberId,
        String status,
        Instant receivedAt,
        AppointmentView appointment) {

    static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public static ConsultationStatusView of(ConsultationStatus status) {
        return new ConsultationStatusView(status.consultationId(), status.referenceCode().value(), status.chamberId(),
                status.status().name(), status.receivedAt(),
                status.appointment() == null ? null : AppointmentView.of(status.appointment()));
    }

    public record AppointmentView(UUID appointmentId, Instant startsAt, Instant endsAt, String localDate,
            String localStartTime, String localEndTime, ConsultationMode mode) {

        static AppointmentView of(Appointment a) {
            ZonedDateTime start = a.startsAt().atZone(SERVICE_ZONE);
            ZonedDateTime end = a.endsAt().atZone(SERVICE_ZONE);
            return new AppointmentView(a.appointmentId(), a.startsAt(), a.endsAt(), start.toLocalDate().toString(),
                    HOURS_MINUTES.format(start), HOURS_MINUTES.format(end), a.mode());
        }
    }
}
