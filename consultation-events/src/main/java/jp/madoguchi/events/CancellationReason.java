package jp.madoguchi.events;

/** Why an appointment was cancelled. */
public enum CancellationReason {
    OWNER_REQUEST,
    CONSULTANT_UNAVAILABLE,
    FEDERATION_CLOSURE,
    OTHER
}
