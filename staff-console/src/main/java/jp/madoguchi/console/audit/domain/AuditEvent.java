package jp.madoguchi.console.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who did what, when, from where and with what outcome — never the data itself (no passwords, no personal data
 * of owners). {@code target} names the staff member a change was about.
 */
public record AuditEvent(String eventId, Instant at, String actor, List<String> roles, String action, String outcome,
        String target, String remoteAddress) {

    public AuditEvent {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static AuditEvent of(Instant at, String actor, List<String> roles, AuditAction action, String outcome,
            String target, String remoteAddress) {
        return new AuditEvent(UUID.randomUUID().toString(), at, actor, roles, action.name(), outcome, target,
                remoteAddress);
    }
}
