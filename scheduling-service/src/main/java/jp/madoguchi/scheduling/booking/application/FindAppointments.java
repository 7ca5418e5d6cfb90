package jp.madoguchi.scheduling.booking.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.ServiceCalendar;

/** Read side for staff and other services: a consultation's appointments, or a day's board, as far as the reader may see. */
@Service
public class FindAppointments {

    private final AppointmentStore appointments;
    private final ServiceCalendar calendar;

    public FindAppointments(AppointmentStore appointments, ServiceCalendar calendar) {
        this.appointments = appointments;
        this.calendar = calendar;
    }

    public List<Appointment> ofConsultation(UUID consultationId, AppointmentScope scope) {
        return appointments.findByConsultation(consultationId).filter(scope::includes).stream().toList();
    }

    /** Appointments starting on that calendar day in the service's zone, in start order. */
    public List<Appointment> onDate(LocalDate date, AppointmentScope scope) {
        return appointments.findStartingBetween(date.atStartOfDay(calendar.zone()).toInstant(),
                date.plusDays(1).atStartOfDay(calendar.zone()).toInstant())
                .stream().filter(scope::includes).toList();
    }
}
