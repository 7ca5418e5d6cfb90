package jp.madoguchi.scheduling.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.WithdrawalCancellation;

/** A withdrawn request frees its slot (the appointment is cancelled) or leaves the waitlist. */
@Service
public class CancelWithdrawnConsultation {

    private static final Logger log = LoggerFactory.getLogger(CancelWithdrawnConsultation.class);

    private final AppointmentStore appointments;
    private final WaitlistStore waitlist;
    private final Clock clock;
    private final MeterRegistry meters;

    public CancelWithdrawnConsultation(AppointmentStore appointments, WaitlistStore waitlist, Clock clock,
            MeterRegistry meters) {
        this.appointments = appointments;
        this.waitlist = waitlist;
        this.clock = clock;
        this.meters = meters;
    }

    public WithdrawalOutcome withdraw(UUID consultationId, WithdrawalReason reason) {
        Instant now = clock.instant();
        Optional<Appointment> found = appointments.findByConsultation(consultationId);
        if (found.isPresent()) {
            return cancel(found.get(), reason, now);
        }
        return waitlist.withdraw(consultationId, now) ? WithdrawalOutcome.LEFT_WAITLIST
                : WithdrawalOutcome.NOTHING_TO_CANCEL;
    }

    private WithdrawalOutcome cancel(Appointment appointment, WithdrawalReason reason, Instant now) {
        if (!appointment.isBooked()) {
            return WithdrawalOutcome.DUPLICATE;
        }
        WithEvents<Appointment> cancelled = appointment.cancelForWithdrawal(reason, now);
        if (!appointments.cancel(cancelled)) {
            return WithdrawalOutcome.DUPLICATE;
        }
        Counter.builder("madoguchi.scheduling.appointments.cancelled")
                .description("Appointments cancelled, by cancellation reason")
                .tag("reason", WithdrawalCancellation.of(reason).reason().name())
                .register(meters)
                .increment();
        log.info("Cancelled appointment {} of withdrawn consultation {}", appointment.appointmentId(),
                appointment.consultationId());
        return WithdrawalOutcome.CANCELLED;
    }
}
