package jp.madoguchi.events;

/** Why no appointment could be booked yet. */
public enum WaitlistReason {
    NO_SLOT_IN_HORIZON,
    NO_CONSULTANT_WITH_SPECIALITY,
    /**
     * Slots are free, but the part of each day's capacity open to anonymous web requests is taken: staff call the
     * owner back or book them by hand.
     */
    PUBLIC_SHARE_REACHED
}
