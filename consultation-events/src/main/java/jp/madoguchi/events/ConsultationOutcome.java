package jp.madoguchi.events;

/** Category of what a held consultation led to; the consultant's note never leaves scheduling. */
public enum ConsultationOutcome {
    ADVICE_GIVEN,
    FOLLOW_UP_NEEDED,
    REFERRED_TO_CHAMBER,
    REFERRED_TO_SPECIALIST,
    OTHER
}
