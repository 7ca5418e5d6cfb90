package jp.madoguchi.intake.request.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

/**
 * Looks up a request's status. Who may see which request is decided by the access-control layer still to come;
 * this query answers anyone who holds the unguessable consultation id.
 */
@Service
public class ConsultationStatusQuery {

    private final ConsultationRequestStore store;

    ConsultationStatusQuery(ConsultationRequestStore store) {
        this.store = store;
    }

    public ConsultationStatusView find(UUID consultationId) {
        return store.findStatus(consultationId)
                .map(ConsultationStatusView::of)
                .orElseThrow(() -> new ConsultationNotFoundException(consultationId));
    }
}
