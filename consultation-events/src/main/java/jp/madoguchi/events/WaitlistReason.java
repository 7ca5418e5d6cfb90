package jp.madoguchi.events;

/** Why no appointment could be booked yet. */
public enum WaitlistReason {
    NO_SLOT_IN_HORIZON,
    NO_CONSULTANT_WITH_SPECIALITY
}
