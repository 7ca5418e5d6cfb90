package jp.madoguchi.intake.request.application;

import java.time.Instant;

import jp.madoguchi.intake.request.domain.ConsultationStatus;
import jp.madoguchi.intake.request.domain.StatusToken;

/** The request holding an idempotency key, as a replay needs it. */
public record IdempotentAnswer(ConsultationStatus status, String fingerprint, StatusToken statusToken,
        Instant expiresAt) {
}
