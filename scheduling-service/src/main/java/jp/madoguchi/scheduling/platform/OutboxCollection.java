package jp.madoguchi.scheduling.platform;

/**
 * A MongoDB collection whose documents carry an {@code outbox} array of pending events. Each
 * persistence adapter that writes events declares its collection as a bean; the relay drains them all.
 */
public record OutboxCollection(String name) {
}
