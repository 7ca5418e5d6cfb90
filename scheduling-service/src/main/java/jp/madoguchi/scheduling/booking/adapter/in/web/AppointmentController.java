package jp.madoguchi.scheduling.booking.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Parameter;
import jp.madoguchi.scheduling.booking.application.FindAppointments;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.ServiceCalendar;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.web.InvalidInputException;

/**
 * Appointments by consultation (for intake's status page and notification) or by day (staff board).
 * Federation staff and admins see all; a consultant only their own, an advisor only their chamber's.
 */
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
    List<AppointmentView> appointments(@Parameter(hidden = true) Caller caller,
            @RequestParam(required = false) UUID consultationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if ((consultationId == null) == (date == null)) {
            throw new InvalidInputException(List.of(new FieldError("consultationId", "appointments.query.one-of"),
                    new FieldError("date", "appointments.query.one-of")));
        }
        AppointmentScope scope = scopeOf(caller);
        List<Appointment> appointments = consultationId != null ? find.ofConsultation(consultationId, scope)
                : find.onDate(date, scope);
        if (consultationId != null && appointments.isEmpty() && !scope.everything()) {
            // A narrowed reader gets the same 404 for someone else's consultation as for one that does not
            // exist, so consultation ids cannot be probed (ADR 0002).
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No appointment found for this consultation.");
        }
        return appointments.stream().map(a -> AppointmentView.of(a, calendar.zone())).toList();
    }

    private static AppointmentScope scopeOf(Caller caller) {
        if (caller.has(Role.FEDERATION_STAFF) || caller.has(Role.ADMIN)) {
            return AppointmentScope.EVERYTHING;
        }
        return AppointmentScope.limitedTo(caller.has(Role.CHAMBER_ADVISOR) ? caller.chamberId() : null,
                caller.has(Role.CONSULTANT) ? caller.consultantId() : null);
    }
}
