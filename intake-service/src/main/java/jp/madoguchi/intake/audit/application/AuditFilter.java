package jp.madoguchi.intake.audit.application;

import java.time.Instant;
import java.util.UUID;

/**
 * Which entries to list; every part optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record AuditFilter(UUID consultationId, Instant from, Instant to) {
}
