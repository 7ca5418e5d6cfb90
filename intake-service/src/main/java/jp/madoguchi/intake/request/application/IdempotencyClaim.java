package jp.madoguchi.intake.request.application;

import java.time.Instant;

import jp.madoguchi.intake.request.domain.StatusToken;

/**
 * A request's hold on the idempotency key it was sent with, so that the same key and body get the first answer again
 * (including the status token, kept encrypted until the key expires) and the same key with another body is refused.
 *
 * @param keyIndex the blind index of the caller's scope and key: neither is stored as sent
 * @param fingerprint the blind index of the request's content
 */
public record IdempotencyClaim(String keyIndex, String fingerprint, StatusToken statusToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "IdempotencyClaim[" + keyIndex + ", expires " + expiresAt + "]";
    }
}
