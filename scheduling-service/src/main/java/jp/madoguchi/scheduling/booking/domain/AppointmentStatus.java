package jp.madoguchi.scheduling.booking.domain;

/** Where an appointment stands. Completed and no-show follow when consultants record outcomes. */
public enum AppointmentStatus {
    BOOKED,
    CANCELLED
}
