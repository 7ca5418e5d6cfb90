package jp.madoguchi.intake.audit.domain;

/** What was done that the audit trail keeps. */
public enum AuditAction {
    /** A person's contact details were read (notification client, assigned consultant). */
    CONTACT_READ,
    /** Staff, an admin or an advisor read a request's status. */
    STATUS_READ_BY_STAFF,
    /** Federation staff or an advisor took a request in on an owner's behalf. */
    REQUEST_CREATED_BY_STAFF,
    /** Federation staff or an advisor withdrew a request on the owner's behalf. */
    REQUEST_WITHDRAWN,
    /** Federation staff or an advisor asked for another date on the owner's behalf. */
    DATE_CHANGE_REQUESTED,
    /** An administrator registered a chamber. */
    CHAMBER_CREATED,
    /** An administrator changed a chamber; the entry names the fields changed. */
    CHAMBER_CHANGED,
    /** An administrator (or the retention job, actor {@code intake-service/retention}) erased a requester's personal data. */
    REQUESTER_ERASED,
    /** The owner asked, with the status token, for their personal data to be erased (actor {@code owner}). */
    ERASURE_REQUESTED
}
