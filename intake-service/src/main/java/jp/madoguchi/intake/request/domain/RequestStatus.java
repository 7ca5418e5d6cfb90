package jp.madoguchi.intake.request.domain;

/** Where a request stands, as the owner and staff see it. */
public enum RequestStatus {
    RECEIVED,
    WAITLISTED,
    SCHEDULED,
    CANCELLED,
    COMPLETED,
    NO_SHOW,
    WITHDRAWN
}
