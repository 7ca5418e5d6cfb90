package jp.madoguchi.console.audit.application;

import java.util.List;

import jp.madoguchi.console.audit.domain.AuditEvent;

/** The audit trail: events are appended and read, never changed or removed. */
public interface AuditLog {

    void append(AuditEvent event);

    /** Newest first. */
    List<AuditEvent> find(AuditQuery query);
}
