package jp.madoguchi.events;

import java.util.List;
import java.util.Objects;

/**
 * What a domain method returns: the aggregate's new state together with the events that change causes (FTGO's
 * {@code ResultWithDomainEvents}). The store writes both in one document update, so neither exists without the
 * other, and no use case builds an event on the side.
 *
 * @param state the aggregate after the change
 * @param events the events the change causes, in the order they happened
 */
public record WithEvents<T>(T state, List<ConsultationEvent> events) {

    public WithEvents {
        Objects.requireNonNull(state, "state");
        events = List.copyOf(events);
    }

    public static <T> WithEvents<T> of(T state, ConsultationEvent... events) {
        return new WithEvents<>(state, List.of(events));
    }
}
