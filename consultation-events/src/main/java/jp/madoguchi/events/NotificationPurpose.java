package jp.madoguchi.events;

/** Why a notice was sent. */
public enum NotificationPurpose {
    CONFIRMATION,
    REMINDER,
    CHANGE,
    CANCELLATION,
    ASSIGNMENT,
    ADVISOR_NOTICE
}
