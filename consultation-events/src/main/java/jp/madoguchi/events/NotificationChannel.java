package jp.madoguchi.events;

/** The channel a notice went through. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    /** Kept in the delivery log only: no sending channel is configured for this notice yet. */
    RECORD_ONLY
}
