package jp.madoguchi.intake.erasure.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An owner's request, made with the status token, that their personal data be erased; staff act on it. Holds no
 * personal data: the consultation it was made from names the requester.
 *
 * @param resolvedAt when the requester was erased; null while pending
 */
public record ErasureRequest(UUID consultationId, String chamberId, Instant requestedAt, Instant resolvedAt) {

    public boolean pending() {
        return resolvedAt == null;
    }
}
