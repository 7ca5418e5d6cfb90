package jp.madoguchi.intake.platform;

/**
 * A consumed record that can never be processed (not JSON, not the record its type names). Configured as
 * not retryable, so the binder dead-letters it at once instead of retrying in vain.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
