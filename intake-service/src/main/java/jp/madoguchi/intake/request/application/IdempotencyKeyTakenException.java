package jp.madoguchi.intake.request.application;

import java.util.UUID;

/** Another request holds the idempotency key an insert claimed: a race between two sends of the same key. */
public class IdempotencyKeyTakenException extends RuntimeException {

    private final UUID holder;

    public IdempotencyKeyTakenException(UUID holder, Throwable cause) {
        super("Idempotency key held by consultation " + holder, cause);
        this.holder = holder;
    }

    public UUID holder() {
        return holder;
    }
}
