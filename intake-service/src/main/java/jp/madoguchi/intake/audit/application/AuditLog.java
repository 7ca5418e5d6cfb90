package jp.madoguchi.intake.audit.application;

import java.util.List;

import jp.madoguchi.intake.audit.domain.AuditEvent;

/** Reading the audit trail back, newest first. */
public interface AuditLog {

    /** At most {@code limit} entries matching the filter, skipping the first {@code offset}, newest first. */
    List<AuditEvent> find(AuditFilter filter, int offset, int limit);
}
