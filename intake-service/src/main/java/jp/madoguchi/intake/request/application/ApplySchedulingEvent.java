package jp.madoguchi.intake.request.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.madoguchi.events.ConsultationDateChangeDeclined;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.intake.request.domain.StatusChange;

/** Reflects what scheduling decided in the request's status; safe under redelivery and reordering. */
@Service
public class ApplySchedulingEvent {

    private static final Logger log = LoggerFactory.getLogger(ApplySchedulingEvent.class);

    private final ConsultationRequestStore store;

    ApplySchedulingEvent(ConsultationRequestStore store) {
        this.store = store;
    }

    public ApplyOutcome apply(ConsultationEvent event) {
        ApplyOutcome outcome = event instanceof ConsultationDateChangeDeclined declined
                ? store.dateChangeDeclined(declined.eventId(), declined.consultationId(), declined.occurredAt())
                : StatusChange.of(event).map(store::apply).orElse(ApplyOutcome.SKIPPED);
        if (outcome == ApplyOutcome.UNKNOWN_CONSULTATION) {
            // Not retried: waiting would not make the request appear (e.g. it was erased).
            log.warn("Event {} refers to unknown consultation {}; ignored", event.eventId(), event.consultationId());
        }
        return outcome;
    }
}
