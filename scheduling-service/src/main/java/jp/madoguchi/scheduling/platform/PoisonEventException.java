package jp.madoguchi.scheduling.platform;

/**
 * An event that can never be handled, however often it is retried (bytes that are not the record's
 * JSON, a missing type header, a required field absent). Configured as not retryable, so the binder
 * sends it straight to the dead-letter topic.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
