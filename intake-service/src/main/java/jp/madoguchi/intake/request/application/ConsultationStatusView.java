package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationStatus;

/**
 * A request's status as the API shows it; appointment times also in Asia/Tokyo, where the service runs.
 *
 * @param outcome how the consultation ended (a category, e.g. ADVICE_GIVEN), once completed; else null
 * @param dateChangePending another date was asked for and scheduling has not answered yet
 * @param dateChangesLeft how many more times another date may be asked for
 * @param possibleDuplicateOf for staff only: the same owner's request on the same topic from the day before this one
 */
public record ConsultationStatusView(
        UUID consultationId,
        String referenceCode,
        String chamberId,
        String status,
        Instant receivedAt,
        AppointmentView appointment,
        String outcome,
        boolean dateChangePending,
        int dateChangesLeft,
        @JsonInclude(JsonInclude.Include.NON_NULL) UUID possibleDuplicateOf) {

    static final ZoneId SERVICE_ZONE = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public static ConsultationStatusView of(ConsultationStatus status) {
        return new ConsultationStatusView(status.consultationId(), status.referenceCode().value(), status.chamberId(),
                status.status().name(), status.receivedAt(),
                status.appointment() == null ? null : AppointmentView.of(status.appointment()),
                status.outcome() == null ? null : status.outcome().name(), status.dateChangeRequestedAt() != null,
                Math.max(0, ConsultationStatus.MAX_DATE_CHANGES - status.dateChanges()), null);
    }

    public ConsultationStatusView withPossibleDuplicateOf(UUID other) {
        return new ConsultationStatusView(consultationId, referenceCode, chamberId, status, receivedAt, appointment,
                outcome, dateChangePending, dateChangesLeft, other);
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
