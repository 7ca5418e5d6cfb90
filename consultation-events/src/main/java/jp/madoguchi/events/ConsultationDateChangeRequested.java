package jp.madoguchi.events;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The owner (or staff for them) asked for another date, with new preferences. Scheduling answers with
 * {@code consultation.rescheduled} (a slot that fits the new preferences), or, when nothing fits within the booking
 * horizon, keeps the old appointment and answers {@code consultation.date-change-declined}; a request that was
 * waiting is booked by the new preferences if it can be ({@code consultation.scheduled}), else it keeps waiting with
 * them ({@code consultation.date-change-declined}).
 *
 * @param preferredDays empty: any service day
 */
public record ConsultationDateChangeRequested(
        UUID eventId,
        Instant occurredAt,
        UUID consultationId,
        String federationId,
        ConsultationMode preferredMode,
        List<DayOfWeek> preferredDays,
        TimeOfDay preferredTimeOfDay,
        RequestedBy requestedBy) implements ConsultationEvent {

    public ConsultationDateChangeRequested {
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
    }
}
