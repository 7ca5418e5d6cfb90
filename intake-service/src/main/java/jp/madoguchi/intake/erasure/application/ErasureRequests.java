package jp.madoguchi.intake.erasure.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.madoguchi.intake.erasure.domain.ErasureRequest;

/** Owners' requests for erasure, waiting for staff. */
public interface ErasureRequests {

    /** Records the request; a second one for the same consultation keeps the first. */
    ErasureRequest record(ErasureRequest request);

    /** Pending requests, oldest first, at most {@code limit}. */
    List<ErasureRequest> pending(int limit);

    /** Marks the requests made from these consultations as resolved. */
    void resolve(List<UUID> consultationIds, Instant at);
}
