package jp.madoguchi.notification.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;

/**
 * A notice a consultation calls for: why, to which role, about which appointment.
 *
 * @param occasion what tells two notices of the same purpose apart (the new slot of a change);
 *                 empty when the purpose happens once per appointment
 */
public record Notice(
        UUID consultationId,
        String federationId,
        UUID appointmentId,
        NotificationPurpose purpose,
        RecipientRole recipientRole,
        String occasion,
        UUID causedByEventId) {

    public Notice {
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recipientRole, "recipientRole");
        occasion = occasion == null ? "" : occasion;
    }

    /**
     * The delivery id, derived from what the notice is about and never from the event that asked for
     * it: a redelivered or republished event, or a second event asking for the same notice, gets the
     * same id, and the store's unique {@code _id} turns it into a duplicate instead of a second notice.
     */
    public UUID deliveryId() {
        String naturalKey = String.join("|", consultationId.toString(), String.valueOf(appointmentId),
                purpose.name(), recipientRole.name(), occasion);
        return UUID.nameUUIDFromBytes(naturalKey.getBytes(StandardCharsets.UTF_8));
    }
}
