package jp.madoguchi.events;

/** Why scheduling could not give a consultation the other date its owner asked for. */
public enum DateChangeDeclineReason {
    /** No free slot other than the current one fits the new preferences within the booking horizon. */
    NO_SLOT_FITS,
    /** The appointment had begun (or is over) by the time the request for another date was handled. */
    CONSULTATION_BEGUN
}
