package jp.madoguchi.scheduling.booking.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.Bookings;
import jp.madoguchi.scheduling.booking.domain.PublicSeat;

/**
 * Appointments as a map, with the real store's three rules: one appointment per consultation, one booked appointment
 * per consultant and slot start, one booked appointment per public seat. Bookings made "concurrently" are invisible to {@link #bookedBetween} (the snapshot)
 * but still win at {@link #insert}, as another instance's write would.
 */
final class InMemoryAppointmentStore implements AppointmentStore {

    private final Map<UUID, Appointment> appointments = new LinkedHashMap<>();
    private final List<ConsultationEvent> events = new ArrayList<>();
    private final Set<Bookings.Taken> takenBehindTheSnapshot = new HashSet<>();
    private final Set<UUID> consultationsBookedBehindTheSnapshot = new HashSet<>();
    private final Set<PublicSeat> seatsBehindTheSnapshot = new HashSet<>();

    /** Another booker takes this consultant's slot after the snapshot is read. */
    void bookedConcurrently(String consultantId, Instant startsAt) {
        takenBehindTheSnapshot.add(new Bookings.Taken(consultantId, startsAt));
    }

    /** Another booker (a redelivery racing the first delivery) books this consultation after it was looked up. */
    void bookedConcurrently(UUID consultationId) {
        consultationsBookedBehindTheSnapshot.add(consultationId);
    }

    /** Another booker takes this public seat after the snapshot is read. */
    void bookedConcurrently(PublicSeat seat) {
        seatsBehindTheSnapshot.add(seat);
    }

    /** Every appointment in its current state, in the order they were booked. */
    List<Appointment> appointments() {
        return List.copyOf(appointments.values());
    }

    /** Every event written with an appointment, in the order written. */
    List<ConsultationEvent> events() {
        return List.copyOf(events);
    }

    @Override
    public InsertOutcome insert(WithEvents<Appointment> booked) {
        Appointment appointment = booked.state();
        if (consultationsBookedBehindTheSnapshot.contains(appointment.consultationId())
                || findByConsultation(appointment.consultationId()).isPresent()) {
            return InsertOutcome.CONSULTATION_ALREADY_BOOKED;
        }
        Bookings.Taken wanted = new Bookings.Taken(appointment.consultantId(), appointment.slot().startsAt());
        boolean slotHeld = takenBehindTheSnapshot.contains(wanted) || appointments.values().stream()
                .anyMatch(a -> a.isBooked() && new Bookings.Taken(a.consultantId(), a.slot().startsAt()).equals(wanted));
        if (slotHeld) {
            return InsertOutcome.SLOT_TAKEN;
        }
        PublicSeat seat = appointment.publicSeat();
        if (seat != null && (seatsBehindTheSnapshot.contains(seat)
                || appointments.values().stream().anyMatch(a -> a.isBooked() && seat.equals(a.publicSeat())))) {
            return InsertOutcome.PUBLIC_SEAT_TAKEN;
        }
        appointments.put(appointment.appointmentId(), appointment);
        events.addAll(booked.events());
        return InsertOutcome.INSERTED;
    }

    @Override
    public boolean cancel(WithEvents<Appointment> cancelled) {
        Appointment stored = appointments.get(cancelled.state().appointmentId());
        if (stored == null || !stored.isBooked()) {
            return false;
        }
        appointments.put(stored.appointmentId(), cancelled.state());
        events.addAll(cancelled.events());
        return true;
    }

    @Override
    public MoveOutcome move(Appointment seen, WithEvents<Appointment> moved) {
        if (!seen.equals(appointments.get(seen.appointmentId()))) {
            return MoveOutcome.CHANGED_MEANWHILE;
        }
        Appointment appointment = moved.state();
        Bookings.Taken wanted = new Bookings.Taken(appointment.consultantId(), appointment.slot().startsAt());
        if (takenBehindTheSnapshot.contains(wanted) || appointments.values().stream().anyMatch(a -> a.isBooked()
                && new Bookings.Taken(a.consultantId(), a.slot().startsAt()).equals(wanted))) {
            return MoveOutcome.SLOT_TAKEN;
        }
        PublicSeat seat = appointment.publicSeat();
        if (seat != null && !seat.equals(seen.publicSeat()) && (seatsBehindTheSnapshot.contains(seat)
                || appointments.values().stream().anyMatch(a -> a.isBooked() && seat.equals(a.publicSeat())))) {
            return MoveOutcome.PUBLIC_SEAT_TAKEN;
        }
        appointments.put(appointment.appointmentId(), appointment);
        events.addAll(moved.events());
        return MoveOutcome.MOVED;
    }

    @Override
    public boolean keep(Appointment seen, WithEvents<Appointment> kept) {
        if (!seen.equals(appointments.get(seen.appointmentId()))) {
            return false;
        }
        appointments.put(seen.appointmentId(), kept.state());
        events.addAll(kept.events());
        return true;
    }

    @Override
    public void completeMove(Appointment moved) {
        // Nothing is written after the appointment here.
    }

    @Override
    public Optional<Appointment> findByConsultation(UUID consultationId) {
        return appointments.values().stream().filter(a -> a.consultationId().equals(consultationId)).findFirst();
    }

    @Override
    public List<Appointment> findStartingBetween(Instant from, Instant to) {
        return appointments.values().stream()
                .filter(a -> !a.slot().startsAt().isBefore(from) && a.slot().startsAt().isBefore(to))
                .sorted(Comparator.comparing((Appointment a) -> a.slot().startsAt()).thenComparing(Appointment::consultantId))
                .toList();
    }

    @Override
    public Bookings bookedBetween(Instant from, Instant to) {
        List<Appointment> booked = findStartingBetween(from, to).stream().filter(Appointment::isBooked).toList();
        return Bookings.of(booked.stream().map(a -> new Bookings.Taken(a.consultantId(), a.slot().startsAt())).toList(),
                booked.stream().map(Appointment::publicSeat).filter(Objects::nonNull).toList());
    }
}
