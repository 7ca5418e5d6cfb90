package jp.madoguchi.intake.request.application;

/**
 * The idempotency key was sent before with a different request: a client bug or a key reused by mistake. Nothing
 * is stored (IETF draft "The Idempotency-Key HTTP Header Field": 422).
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("Idempotency key already used for a different request");
    }
}
