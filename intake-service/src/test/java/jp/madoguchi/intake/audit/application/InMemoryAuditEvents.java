package jp.madoguchi.intake.audit.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jp.madoguchi.intake.audit.domain.AuditEvent;

/** The audit trail as a list: what use cases record, and what administrators list back. */
public final class InMemoryAuditEvents implements AuditTrail, AuditLog {

    private final List<AuditEvent> events = new ArrayList<>();
    private boolean unavailable;

    /** From now on nothing can be written, as when the database is down. */
    public void becomeUnavailable() {
        unavailable = true;
    }

    /** Everything recorded, oldest first. */
    public List<AuditEvent> entries() {
        return List.copyOf(events);
    }

    @Override
    public void record(AuditEvent event) {
        if (unavailable) {
            throw new IllegalStateException("Audit trail unavailable");
        }
        events.add(event);
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        return events.stream()
                .filter(e -> filter.consultationId() == null || filter.consultationId().equals(e.consultationId()))
                .filter(e -> filter.from() == null || !e.at().isBefore(filter.from()))
                .filter(e -> filter.to() == null || e.at().isBefore(filter.to()))
                .sorted(Comparator.comparing(AuditEvent::at).thenComparing(e -> e.id().toString()).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }
}
