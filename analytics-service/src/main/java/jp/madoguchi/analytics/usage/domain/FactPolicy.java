package jp.madoguchi.analytics.usage.domain;

import jp.madoguchi.events.ConsultationCancelled;
import jp.madoguchi.events.ConsultationCompleted;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsultationNoShow;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationRescheduled;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.ConsultationWithdrawn;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationFailed;

/**
 * Maps each event to the facts analytics keeps. Deliberately left out: the requester id (a
 * pseudonymous person id), the reference code, the consultant id and anything else that points at a
 * person; analysts see aggregates only.
 */
public final class FactPolicy {

    private FactPolicy() {
    }

    public static FactUpdate factsFrom(ConsultationEvent event) {
        FactUpdate.Builder facts = FactUpdate.of(event.consultationId()).set("federationId", event.federationId());
        if (event instanceof ConsultationRequested e) {
            facts.set("chamberId", e.chamberId()).set("channel", e.channel()).set("topic", e.topic())
                    .set("preferredMode", e.preferredMode()).set("outreachSource", e.outreachSource())
                    .set("campaignCode", e.campaignCode()).set("membership", e.membership())
                    .set("requested", true).set("requestedAt", e.occurredAt());
        } else if (event instanceof ConsultationScheduled e) {
            facts.set("scheduled", true).set("scheduledAt", e.occurredAt())
                    .set("appointmentStartsAt", e.startsAt()).set("mode", e.mode());
        } else if (event instanceof ConsultationRescheduled e) {
            // Rescheduling keeps the consultation scheduled; a scheduled event arriving late only re-sets the same flag.
            facts.set("scheduled", true).set("rescheduledAt", e.occurredAt())
                    .set("appointmentStartsAt", e.startsAt()).set("mode", e.mode());
        } else if (event instanceof ConsultationWaitlisted e) {
            facts.set("waitlisted", true).set("waitlistedAt", e.occurredAt());
        } else if (event instanceof ConsultationCancelled e) {
            facts.set("cancelled", true).set("cancelledAt", e.occurredAt()).set("cancelledBy", e.cancelledBy());
        } else if (event instanceof ConsultationCompleted e) {
            facts.set("completed", true).set("completedAt", e.occurredAt()).set("outcome", e.outcome());
        } else if (event instanceof ConsultationNoShow e) {
            facts.set("noShow", true).set("noShowAt", e.occurredAt());
        } else if (event instanceof ConsultationWithdrawn e) {
            facts.set("withdrawn", true).set("withdrawnAt", e.occurredAt()).set("withdrawalReason", e.reason());
        } else if (event instanceof NotificationDelivered e) {
            facts.addToSet("notificationsDelivered", e.eventId());
        } else if (event instanceof NotificationFailed e) {
            facts.addToSet("notificationsFailed", e.eventId());
        }
        return facts.build();
    }
}
