package jp.madoguchi.intake.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The tally of the submission on the current thread (a request is handled on one thread, from the first filter to
 * the answer) and the counter it ends in. Every tag value comes from a fixed set: enum names, {@code unknown}, and
 * outcomes spelled in this package or by the platform's and intake's rejection reasons.
 */
public class SubmissionOutcomes {

    public static final String ACCEPTED = "accepted";
    /** Taken in and flagged {@code possibleDuplicateOf} for staff. */
    public static final String DUPLICATE = "duplicate";
    /** Answered from an earlier send with the same {@code Idempotency-Key}; nothing stored. */
    public static final String REPLAYED = "replayed";

    private final MeterRegistry meters;
    private final ThreadLocal<SubmissionTally> current = new ThreadLocal<>();

    public SubmissionOutcomes(MeterRegistry meters) {
        this.meters = meters;
    }

    SubmissionTally begin() {
        SubmissionTally tally = new SubmissionTally();
        current.set(tally);
        return tally;
    }

    void end(SubmissionTally tally, int status, boolean anonymous) {
        current.remove();
        Counter.builder("madoguchi.intake.requests")
                .description("Consultation requests posted, by channel, outreach source and outcome (accepted, "
                        + "duplicate, replayed, rejected_<reason>, unavailable, failed)")
                .tags("channel", tally.channel(anonymous), "source", tally.source(), "outcome",
                        tally.outcome(status))
                .register(meters)
                .increment();
    }

    /** The body is read: its channel as taken in (the web form's whatever it says) and its outreach source. */
    public void readBody(String channel, String source) {
        SubmissionTally tally = current.get();
        if (tally != null) {
            tally.from(channel == null ? SubmissionTally.UNKNOWN : channel,
                    source == null ? SubmissionTally.UNKNOWN : source);
        }
    }

    /** What a request the use case took in counts as. */
    public static String of(boolean replayed, boolean possibleDuplicate) {
        return replayed ? REPLAYED : possibleDuplicate ? DUPLICATE : ACCEPTED;
    }

    /** The use case took it in: {@link #ACCEPTED}, {@link #DUPLICATE} or {@link #REPLAYED}. */
    public void taken(String outcome) {
        SubmissionTally tally = current.get();
        if (tally != null) {
            tally.outcome(outcome);
        }
    }

    /** Refused, for one of the platform's or intake's fixed reasons. */
    void rejected(String reason) {
        SubmissionTally tally = current.get();
        if (tally != null) {
            tally.outcome("rejected_" + reason);
        }
    }
}
