package jp.madoguchi.intake.audit.application;

import jp.madoguchi.intake.audit.domain.AuditEvent;

/** Where audit entries go. Append only, on purpose: there is no update and no delete. */
public interface AuditTrail {

    /** Stores the entry durably before returning; a failure propagates, so nothing is shown unaudited. */
    void record(AuditEvent event);
}
