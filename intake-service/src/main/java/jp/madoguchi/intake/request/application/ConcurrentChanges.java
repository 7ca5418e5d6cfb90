package jp.madoguchi.intake.request.application;

import java.util.function.Function;

import org.springframework.stereotype.Component;

import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.DatePreferences;

/**
 * Writes an owner's or staff's change so that it never overwrites what scheduling wrote meanwhile: the change is
 * decided on the stored status and written only if the request is still so (optimistic, by the store's guarded
 * update); otherwise decided again on what is stored now.
 */
@Component
class ConcurrentChanges {

    /** Scheduling answers each request a few times at most: more lost races than this is a fault, not bad luck. */
    private static final int ATTEMPTS = 5;

    private final ConsultationRequestStore store;

    ConcurrentChanges(ConsultationRequestStore store) {
        this.store = store;
    }

    /**
     * @param change the new status and its events, with new date preferences or null
     */
    record Change(WithEvents<ConsultationStatus> change, DatePreferences preferences) {
    }

    /** The status after, and whether this call changed it (false: it already was as asked). */
    record Changed(ConsultationStatus status, boolean changed) {
    }

    /**
     * @param decide the change to make to a status, or null when the status already is as asked (a repeated call)
     */
    Changed apply(ConsultationStatus first, Function<ConsultationStatus, Change> decide) {
        ConsultationStatus seen = first;
        for (int attempt = 1; ; attempt++) {
            Change change = decide.apply(seen);
            if (change == null) {
                return new Changed(seen, false);
            }
            if (store.change(seen, change.change(), change.preferences())) {
                return new Changed(change.change().state(), true);
            }
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("Request " + seen.consultationId() + " kept changing under a change");
            }
            seen = store.find(seen.consultationId()).map(StoredConsultation::status)
                    .orElseThrow(() -> new ConsultationNotFoundException(first.consultationId()));
        }
    }
}
