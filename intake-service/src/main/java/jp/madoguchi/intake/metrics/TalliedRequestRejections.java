package jp.madoguchi.intake.metrics;

import jp.madoguchi.platform.web.RequestRejections;

/** Counts a refusal where it was counted before, and gives its reason to the submission being handled, if any. */
public final class TalliedRequestRejections implements RequestRejections {

    private final RequestRejections counted;
    private final SubmissionOutcomes outcomes;

    public TalliedRequestRejections(RequestRejections counted, SubmissionOutcomes outcomes) {
        this.counted = counted;
        this.outcomes = outcomes;
    }

    @Override
    public void rejected(String reason) {
        counted.rejected(reason);
        outcomes.rejected(reason);
    }
}
