package jp.madoguchi.events;

/** Who cancelled an appointment. */
public enum CancelledBy {
    OWNER,
    STAFF,
    CONSULTANT,
    SYSTEM
}
