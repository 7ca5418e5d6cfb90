package jp.madoguchi.intake.audit.adapter.out.persistence;

/**
 * The stored form of an audit event: its collection, field and index names, in one place so that a rename is seen
 * to be a data migration.
 */
final class AuditEventDocument {

    static final String COLLECTION = "auditEvents";

    /** The event id. */
    static final String ID = "_id";
    static final String AT = "at";
    static final String ACTOR = "actor";
    static final String ROLES = "roles";
    static final String ACTION = "action";
    static final String CONSULTATION_ID = "consultationId";
    static final String CHAMBER_ID = "chamberId";
    static final String OUTCOME = "outcome";
    /** Only on changes of the chamber registry. */
    static final String CHANGED_FIELDS = "changedFields";

    /** On {@link #AT}, newest first. */
    static final String AT_DESC = "at_desc";
    /** On {@link #CONSULTATION_ID}, then {@link #AT} newest first. */
    static final String CONSULTATION_ID_AT = "consultationId_at";

    private AuditEventDocument() {
    }
}
