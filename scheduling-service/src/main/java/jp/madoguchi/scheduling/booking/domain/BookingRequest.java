package jp.madoguchi.scheduling.booking.domain;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.TimeOfDay;

/**
 * What scheduling needs to know of a consultation request to find it a slot.
 *
 * @param timeOfDay the part of the day the owner can take (a rule, not a wish: see {@link TimeOfDayRule})
 */
public record BookingRequest(
        UUID consultationId,
        String federationId,
        String chamberId,
        ConsultationTopic topic,
        ConsultationMode mode,
        List<DayOfWeek> preferredDays,
        UUID sourceEventId,
        RequestOrigin origin,
        TimeOfDay timeOfDay) {

    /** A request that can take any time of the service day. */
    public BookingRequest(UUID consultationId, String federationId, String chamberId, ConsultationTopic topic,
            ConsultationMode mode, List<DayOfWeek> preferredDays, UUID sourceEventId, RequestOrigin origin) {
        this(consultationId, federationId, chamberId, topic, mode, preferredDays, sourceEventId, origin,
                TimeOfDay.ANY);
    }

    public BookingRequest {
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(federationId, "federationId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        Objects.requireNonNull(origin, "origin");
        preferredDays = preferredDays == null ? List.of() : List.copyOf(preferredDays);
        timeOfDay = timeOfDay == null ? TimeOfDay.ANY : timeOfDay;
    }

    /** Sent by anyone through the public web form: it may only take the public share of a day. */
    public boolean fromPublicForm() {
        return origin == RequestOrigin.PUBLIC_FORM;
    }
}
