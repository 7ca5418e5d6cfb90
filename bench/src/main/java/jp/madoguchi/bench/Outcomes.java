package jp.madoguchi.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many requests ended how: an HTTP status, or the exception that ended them without one. */
final class Outcomes {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void status(int status) {
        count(String.valueOf(status));
    }

    void status(String outcome) {
        count(outcome);
    }

    void failure(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        count(cause.getClass().getSimpleName());
    }

    Map<String, Long> asMap() {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((outcome, adder) -> sorted.put(outcome, adder.sum()));
        return sorted;
    }

    private void count(String outcome) {
        counts.computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }
}
