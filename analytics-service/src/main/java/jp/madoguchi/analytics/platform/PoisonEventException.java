package jp.madoguchi.analytics.platform;

/**
 * A message that can never be handled, however often it is retried (its body is not the record its
 * type names). Configured as not retryable, so the binder dead-letters it at once.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public PoisonEventException(String message) {
        super(message);
    }
}
