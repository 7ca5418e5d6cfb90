package jp.madoguchi.intake.audit.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of the audit trail: who ({@code actor} = the token's subject, and their roles), what, when, on which
 * request, with what outcome. Deliberately without any field that could hold personal data.
 *
 * @param chamberId the request's chamber, when known
 */
public record AuditEvent(UUID id, Instant at, String actor, List<String> roles, AuditAction action,
        UUID consultationId, String chamberId, AuditOutcome outcome) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(consultationId, "consultationId");
        Objects.requireNonNull(outcome, "outcome");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
