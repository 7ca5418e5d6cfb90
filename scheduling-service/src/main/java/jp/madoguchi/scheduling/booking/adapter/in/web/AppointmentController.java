package jp.madoguchi.scheduling.booking.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.scheduling.booking.application.FindAppointments;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.ServiceCalendar;
import jp.madoguchi.scheduling.platform.ProblemDetailsAdvice.FieldError;
import jp.madoguchi.scheduling.platform.ProblemDetailsAdvice.InvalidQueryException;

/** Appointments by consultation (for intake's status page and notification) or by day (staff board). */
@RestController
@RequestMapping("/api/v1/appointments")
class AppointmentController {

    private final FindAppointments find;
    private final ServiceCalendar calendar;

    AppointmentController(FindAppointments find, ServiceCalendar calendar) {
        this.find = find;
        this.calendar = calendar;
    }

    @GetMapping
    List<AppointmentView> appointments(@RequestParam(required = false) UUID consultationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if ((consultationId == null) == (date == null)) {
            throw new InvalidQueryException(List.of(
                    new FieldError("consultationId", "consultationId か date のどちらか一方を指定してください"),
                    new FieldError("date", "consultationId か date のどちらか一方を指定してください")));
        }
        List<Appointment> appointments = consultationId != null ? find.ofConsultation(consultationId)
                : find.onDate(date);
        return appointments.stream().map(a -> AppointmentView.of(a, calendar.zone())).toList();
    }
}
