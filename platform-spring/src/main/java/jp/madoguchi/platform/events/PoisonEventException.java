package jp.madoguchi.platform.events;

/**
 * A consumed record that can never be handled, however often it is retried: no type header, a body that is not
 * the record its type names, an id every event has missing. Services list it as not retryable in the binder
 * ({@code retryable-exceptions}), so the record goes to the dead-letter topic at once.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
