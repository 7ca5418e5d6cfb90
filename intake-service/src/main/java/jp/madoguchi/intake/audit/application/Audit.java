package jp.madoguchi.intake.audit.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.platform.security.Caller;

/** What use cases call to leave an entry in the audit trail, with the caller as the token names them. */
@Service
public class Audit {

    private final AuditTrail trail;
    private final Clock clock;

    public Audit(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    public void record(Caller caller, AuditAction action, UUID consultationId, String chamberId, AuditOutcome outcome) {
        // MongoDB keeps milliseconds: what is listed must be what was recorded.
        trail.record(new AuditEvent(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                caller.subject(), caller.roleNames(), action, consultationId, chamberId, outcome));
    }

    /** An administrator's change of the chamber registry: which chamber, and the names of the fields changed. */
    public void recordChamberChange(Caller caller, AuditAction action, String chamberId, List<String> changedFields) {
        trail.record(new AuditEvent(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MILLIS),
                caller.subject(), caller.roleNames(), action, null, chamberId, AuditOutcome.GRANTED, changedFields));
    }
}
