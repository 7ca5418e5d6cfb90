package jp.madoguchi.scheduling.booking.application;

/** What handling a withdrawal did. */
public enum WithdrawalOutcome {
    CANCELLED,
    LEFT_WAITLIST,
    /** Already cancelled before: a redelivery. */
    DUPLICATE,
    /** Scheduling holds nothing for this consultation. */
    NOTHING_TO_CANCEL
}
