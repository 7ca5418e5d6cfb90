package jp.madoguchi.intake.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit trail: who ({@code actor} = the token's subject, and their roles), what, when, on which
 * request, with what outcome. Deliberately without any field that could hold personal data.
 *
 * @param consultationId the request acted on; null for a change of the chamber registry
 * @param chamberId the request's chamber, when known; the chamber changed, for a change of the registry
 * @param changedFields the names (never the values) of the fields a change of the registry touched; empty otherwise
 */
public record AuditEvent(UUID id, Instant at, String actor, List<String> roles, AuditAction action,
        UUID consultationId, String chamberId, AuditOutcome outcome, List<String> changedFields) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (consultationId == null && chamberId == null) {
            throw new IllegalArgumentException("An audit entry names the request or the chamber acted on");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
    }

    /** An entry about a request. */
    public AuditEvent(UUID id, Instant at, String actor, List<String> roles, AuditAction action,
            UUID consultationId, String chamberId, AuditOutcome outcome) {
        this(id, at, actor, roles, action, Objects.requireNonNull(consultationId, "consultationId"), chamberId,
                outcome, List.of());
    }
}
