package jp.madoguchi.intake.request.application;

/** What became of a consumed event; the {@code outcome} tag of {@code madoguchi.events.consumed}. */
public enum ApplyOutcome {
    /** The status changed. */
    APPLIED,
    /** Older than the change already shown: recorded as seen, status kept. */
    STALE,
    /** Seen before (redelivery). */
    DUPLICATE,
    /** No such request here; logged and counted, never retried. */
    UNKNOWN_CONSULTATION,
    /** A type intake does not show. */
    SKIPPED;

    public String tag() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
