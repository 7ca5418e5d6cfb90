package jp.madoguchi.intake.metrics;

/**
 * What is known of the submission being handled on this thread, filled in as it goes: its channel and source once
 * the body is read, its outcome once the use case answered or something refused it.
 */
public final class SubmissionTally {

    static final String UNKNOWN = "unknown";

    private String channel;
    private String source;
    private String outcome;

    SubmissionTally() {
    }

    void from(String channel, String source) {
        this.channel = channel;
        this.source = source;
    }

    void outcome(String outcome) {
        if (this.outcome == null) {
            this.outcome = outcome;
        }
    }

    String channel(boolean anonymous) {
        if (channel != null) {
            return channel;
        }
        // Whatever the body said, an anonymous submission is the web form's.
        return anonymous ? "WEB" : UNKNOWN;
    }

    String source() {
        return source == null ? UNKNOWN : source;
    }

    String outcome(int status) {
        if (outcome != null) {
            return outcome;
        }
        if (status == 401) {
            return "rejected_unauthenticated";
        }
        if (status == 403) {
            return "rejected_forbidden";
        }
        if (status == 503) {
            return "unavailable";
        }
        if (status >= 500) {
            return "failed";
        }
        return status >= 400 ? "rejected_other" : "accepted";
    }
}
