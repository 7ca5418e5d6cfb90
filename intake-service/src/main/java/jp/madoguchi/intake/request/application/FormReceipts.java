package jp.madoguchi.intake.request.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where receipts wait for the owner's browser: kept for minutes, handed out once. */
public interface FormReceipts {

    void keep(UUID receiptId, FormReceipt receipt, Instant expiresAt);

    /** The receipt, removed in the same step so that a second look finds nothing; empty when gone or expired. */
    Optional<FormReceipt> take(UUID receiptId, Instant now);
}
