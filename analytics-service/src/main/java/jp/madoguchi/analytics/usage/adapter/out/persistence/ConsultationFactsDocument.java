package jp.madoguchi.analytics.usage.adapter.out.persistence;

import java.util.List;

/**
 * The stored form of one consultation's facts: the collection and the field names this adapter reads and writes
 * itself, in one place so that a rename is seen to be a data migration. The other fact fields are named by
 * {@link jp.madoguchi.analytics.usage.domain.FactUpdate}s and stored as they come.
 */
final class ConsultationFactsDocument {

    static final String COLLECTION = "consultationFacts";

    /** The consultation id. */
    static final String ID = "_id";
    static final String CONSULTATION_ID = "consultationId";
    static final String FEDERATION_ID = "federationId";
    static final String CHAMBER_ID = "chamberId";
    static final String REQUESTED_AT = "requestedAt";

    static final String REQUESTED = "requested";
    static final String SCHEDULED = "scheduled";
    static final String COMPLETED = "completed";
    static final String CANCELLED = "cancelled";
    static final String NO_SHOW = "noShow";
    static final String WITHDRAWN = "withdrawn";
    /** The flags, each true once the consultation has reached that milestone, that usage counts. */
    static final List<String> MILESTONES = List.of(REQUESTED, SCHEDULED, COMPLETED, CANCELLED, NO_SHOW, WITHDRAWN);

    private ConsultationFactsDocument() {
    }
}
