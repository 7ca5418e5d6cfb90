package jp.madoguchi.console.audit.application;

import java.time.Instant;

/** Filters of the audit API; null means "any". {@code from} inclusive, {@code to} exclusive. */
public record AuditQuery(String actor, String action, Instant from, Instant to, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = limit <= 0 ? 100 : Math.min(limit, MAX_LIMIT);
    }
}
