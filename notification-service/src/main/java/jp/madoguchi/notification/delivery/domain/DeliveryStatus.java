package jp.madoguchi.notification.delivery.domain;

/** Where a delivery stands. Only RECORDED exists until sending channels arrive (then SENT, FAILED). */
public enum DeliveryStatus {
    RECORDED
}
