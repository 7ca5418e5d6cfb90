package jp.madoguchi.intake.audit.domain;

/** Whether the action was allowed; refusals on an existing request are kept too, as signs of probing. */
public enum AuditOutcome {
    GRANTED,
    DENIED
}
