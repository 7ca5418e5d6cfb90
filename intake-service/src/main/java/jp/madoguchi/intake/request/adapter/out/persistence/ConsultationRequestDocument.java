package jp.madoguchi.intake.request.adapter.out.persistence;

import jp.madoguchi.platform.outbox.OutboxEntry;

/**
 * The stored form of a consultation request: its collection, field and index names, in one place so that a rename
 * is seen to be a data migration (and, under {@link Personal}, to make every stored ciphertext unreadable: the field
 * name is bound into each one).
 */
final class ConsultationRequestDocument {

    static final String COLLECTION = "consultationRequests";

    /** The consultation id. */
    static final String ID = "_id";
    static final String REFERENCE_CODE = "referenceCode";
    static final String REQUESTER_ID = "requesterId";
    static final String CHAMBER_ID = "chamberId";
    static final String CHANNEL = "channel";
    static final String TOPIC = "topic";
    static final String PREFERRED_MODE = "preferredMode";
    static final String PREFERRED_DAYS = "preferredDays";
    static final String OUTREACH_SOURCE = "outreachSource";
    static final String CAMPAIGN_CODE = "campaignCode";
    static final String MEMBERSHIP = "membership";
    /** Absent when the owner did not say (and in requests taken before it was asked). */
    static final String INDUSTRY = "industry";
    /** Absent when the owner did not say (and in requests taken before it was asked). */
    static final String EMPLOYEES = "employees";
    static final String PREFERRED_TIME_OF_DAY = "preferredTimeOfDay";
    static final String REACH_BY = "reachBy";
    /** A {@link Consents} subdocument. */
    static final String CONSENTS = "consents";
    static final String RECEIVED_AT = "receivedAt";
    static final String STATUS = "status";
    /** When the status event last applied happened; null until the first, so that an older one cannot overwrite it. */
    static final String STATUS_AS_OF = "statusAsOf";
    /** A {@link BookedAppointment} subdocument, or null. */
    static final String APPOINTMENT = "appointment";
    static final String STATUS_TOKEN_HASH = "statusTokenHash";
    /** The {@code ConsultationOutcome} once completed; absent before. */
    static final String OUTCOME = "outcome";
    /** When another date was last asked for, until scheduling answers; absent otherwise. */
    static final String DATE_CHANGE_REQUESTED_AT = "dateChangeRequestedAt";
    /** How many times another date was asked for; absent means none. */
    static final String DATE_CHANGES = "dateChanges";
    /** A {@link Personal} subdocument. */
    static final String PERSONAL = "personal";
    static final String APPLIED_EVENT_IDS = "appliedEventIds";
    /** Who took the request in ({@code RequestOrigin}). */
    static final String ORIGIN = "origin";
    /**
     * The owner's open-request slot ({@code <requester id>#<n>}) a public request holds while it is open;
     * absent for staff requests and once given back.
     */
    static final String OPEN_REQUEST_SLOT = "openRequestSlot";

    /** The same owner's request on the same topic from the day before this one, for staff; absent if none. */
    static final String POSSIBLE_DUPLICATE_OF = "possibleDuplicateOf";
    /** An {@link Idempotency} subdocument while the request holds the idempotency key it was sent with. */
    static final String IDEMPOTENCY = "idempotency";

    /**
     * An {@link Erased} subdocument once the requester's personal data was erased: {@link #PERSONAL},
     * {@link #STATUS_TOKEN_HASH}, {@link #IDEMPOTENCY}, {@link #OPEN_REQUEST_SLOT} and {@link #POSSIBLE_DUPLICATE_OF}
     * are then gone and {@link #REQUESTER_ID} is the replacement pseudonym.
     */
    static final String ERASURE = "erasure";

    /** On {@link #REQUESTER_ID}: a requester's requests, for erasure (not a hot path). */
    static final String REQUESTER_ID_INDEX = "requesterId";
    /** Unique on {@link #REFERENCE_CODE}. */
    static final String REFERENCE_CODE_UNIQUE = "referenceCode_unique";
    /** Unique and sparse on {@link #OPEN_REQUEST_SLOT}. */
    static final String OPEN_REQUEST_SLOT_UNIQUE = "openRequestSlot_unique";
    /** Unique and sparse on {@code idempotency.key}. */
    static final String IDEMPOTENCY_KEY_UNIQUE = "idempotencyKey_unique";
    /** Sparse on {@code idempotency.expiresAt}, for the job that forgets expired keys. */
    static final String IDEMPOTENCY_EXPIRY = "idempotency_expiry";
    /** On {@link #OUTBOX_FIRST_ENTRY}. */
    static final String OUTBOX_PENDING = "outbox_pending";
    /** The first entry of the outbox array, there only while the relay has work in the document. */
    static final String OUTBOX_FIRST_ENTRY = OutboxEntry.FIELD + ".0";

    private ConsultationRequestDocument() {
    }

    static String path(String subdocument, String field) {
        return subdocument + "." + field;
    }

    /** The fields of {@link #CONSENTS}. */
    static final class Consents {

        static final String PRIVACY_NOTICE = "privacyNotice";
        /** The version of the notice accepted; absent in requests taken before versions were recorded. */
        static final String NOTICE_VERSION = "noticeVersion";
        static final String OUTCOME_SHARED_WITH_CHAMBER = "outcomeSharedWithChamber";

        private Consents() {
        }
    }

    /** The fields of {@link #IDEMPOTENCY}. */
    static final class Idempotency {

        /** The blind index of the caller's scope and key. */
        static final String KEY = "key";
        /** The blind index of the request's content. */
        static final String FINGERPRINT = "fingerprint";
        static final String EXPIRES_AT = "expiresAt";
        /** The status token, AES-GCM sealed, to give the same answer again; gone with the key. */
        static final String STATUS_TOKEN = "statusToken";

        private Idempotency() {
        }
    }

    /** The fields of {@link #ERASURE}. */
    static final class Erased {

        static final String AT = "at";
        /** {@code ErasureTrigger}: STAFF or RETENTION. */
        static final String TRIGGER = "trigger";

        private Erased() {
        }
    }

    /** The fields of {@link #APPOINTMENT}. */
    static final class BookedAppointment {

        static final String APPOINTMENT_ID = "appointmentId";
        static final String CONSULTANT_ID = "consultantId";
        static final String STARTS_AT = "startsAt";
        static final String ENDS_AT = "endsAt";
        static final String MODE = "mode";

        private BookedAppointment() {
        }
    }

    /** The fields of {@link #PERSONAL}: AES-GCM ciphertexts, but {@link #KEY_ID}. */
    static final class Personal {

        static final String NAME = "name";
        static final String NAME_KANA = "nameKana";
        static final String BUSINESS_NAME = "businessName";
        /** E.164 since the web form (as written before it). */
        static final String PHONE = "phone";
        static final String EMAIL = "email";
        static final String DESCRIPTION = "description";
        /** The data key the ciphertexts were sealed with. */
        static final String KEY_ID = "keyId";

        private Personal() {
        }
    }
}
