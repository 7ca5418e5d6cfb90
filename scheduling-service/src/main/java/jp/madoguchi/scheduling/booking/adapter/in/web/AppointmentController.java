package jp.madoguchi.scheduling.booking.adapter.in.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.scheduling.booking.application.FindAppointments;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.ServiceCalendar;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;
import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.web.InvalidInputException;
import jp.madoguchi.platform.web.ServiceYears;

/**
 * Appointments by consultation (for intake's status page and notification) or by day (staff board).
 * Federation staff and admins see all; a consultant only their own, an advisor only their chamber's.
 */
@RestController
@RequestMapping("/api/v1/appointments")
@Tag(name = "Appointments", description = "Booked consultations: a consultant, an hourly slot within the "
        + "federation's service hours (Asia/Tokyo) and a mode, for each scheduled consultation request.")
class AppointmentController {

    private final FindAppointments find;
    private final ServiceCalendar calendar;

    AppointmentController(FindAppointments find, ServiceCalendar calendar) {
        this.find = find;
        this.calendar = calendar;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAppointments", summary = "List appointments of a consultation or of a day",
            description = "Exactly one of `consultationId` and `date`. `FEDERATION_STAFF` and `ADMIN` see every "
                    + "appointment; a `CONSULTANT` only those they hold, a `CHAMBER_ADVISOR` only their chamber's. "
                    + "`ANALYST`, `OPERATOR` and service clients are refused. A day's appointments come in start "
                    + "order.")
    @ApiResponse(responseCode = "200", description = "The appointments this caller may see (an empty list when "
            + "none).")
    @ApiResponse(responseCode = "404", description = "A consultant or advisor asked for a consultation that is not "
            + "theirs, or that has no appointment: the same answer, so ids cannot be probed.")
    List<AppointmentView> appointments(@Parameter(hidden = true) Caller caller,
            @Parameter(description = "The appointments of this consultation request (at most one is `BOOKED`).")
            @RequestParam(required = false) UUID consultationId,
            @Parameter(description = "The appointments starting on this day, Asia/Tokyo (ISO-8601 date).")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        if ((consultationId == null) == (date == null)) {
            throw new InvalidInputException(List.of(new FieldError("consultationId", "appointments.query.one-of"),
                    new FieldError("date", "appointments.query.one-of")));
        }
        if (date != null && !ServiceYears.contain(date)) {
            throw new InvalidInputException("date", "appointments.date.out-of-range");
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
