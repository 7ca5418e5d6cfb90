package jp.madoguchi.notification.delivery.domain;

import java.util.List;
import java.util.UUID;

import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;

/**
 * Which notices a scheduling event calls for. For now the owner hears of a booking, a change and a
 * cancellation; reminders, the consultant's assignment and the advisor's notice come with the
 * sending channels.
 */
public final class NoticePolicy {

    private NoticePolicy() {
    }

    public static List<Notice> noticesFor(ConsultationEvent event) {
        if (event instanceof ConsultationScheduled scheduled) {
            return List.of(toOwner(event, scheduled.appointmentId(), NotificationPurpose.CONFIRMATION, ""));
        }
        if (event instanceof ConsultationRescheduled rescheduled) {
            // Each move is its own notice; the new slot tells two moves of one appointment apart.
            return List.of(toOwner(event, rescheduled.appointmentId(), NotificationPurpose.CHANGE,
                    String.valueOf(rescheduled.startsAt())));
        }
        if (event instanceof ConsultationCancelled cancelled) {
            return List.of(toOwner(event, cancelled.appointmentId(), NotificationPurpose.CANCELLATION, ""));
        }
        return List.of();
    }

    private static Notice toOwner(ConsultationEvent event, UUID appointmentId, NotificationPurpose purpose,
            String occasion) {
        return new Notice(event.consultationId(), event.federationId(), appointmentId, purpose, RecipientRole.OWNER,
                occasion, event.eventId());
    }
}
