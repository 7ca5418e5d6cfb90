package jp.madoguchi.console.audit.domain;

/** What was done. Sign-ins carry the outcome SUCCESS, FAILURE or THROTTLED (refused unchecked: too soon). */
public enum AuditAction {
    SIGN_IN,
    STAFF_USER_CREATED,
    STAFF_USER_DISABLED
}
