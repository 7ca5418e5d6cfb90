package jp.madoguchi.notification.delivery.adapter.out.persistence;

/**
 * The stored form of a delivery: its collection, field and index names, in one place so that a rename is seen to
 * be a data migration.
 */
final class DeliveryDocument {

    static final String COLLECTION = "deliveries";

    /** The delivery id, a natural key: inserting is the idempotency check. */
    static final String ID = "_id";
    static final String DELIVERY_ID = "deliveryId";
    static final String CONSULTATION_ID = "consultationId";
    static final String FEDERATION_ID = "federationId";
    static final String APPOINTMENT_ID = "appointmentId";
    static final String PURPOSE = "purpose";
    static final String RECIPIENT_ROLE = "recipientRole";
    static final String CHANNEL = "channel";
    static final String STATUS = "status";
    static final String CAUSED_BY_EVENT_ID = "causedByEventId";
    static final String RECORDED_AT = "recordedAt";

    /** On {@link #CONSULTATION_ID}. */
    static final String BY_CONSULTATION = "consultationId";

    private DeliveryDocument() {
    }
}
