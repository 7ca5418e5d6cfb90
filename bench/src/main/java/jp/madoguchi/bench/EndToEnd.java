package jp.madoguchi.bench;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The keys one phase expects to see arrive on Kafka, each with the intended start of the request that caused it.
 * Arrivals are matched only after the phase stops sending, so a record that reaches the consumer before the
 * HTTP answer that names its key is still counted.
 */
final class EndToEnd {

    private static final long CHECK_MILLIS = 100;

    private final Map<String, Long> intended = new ConcurrentHashMap<>();

    void expect(String key, long intendedNanos) {
        intended.put(key, intendedNanos);
    }

    long arrived(KafkaArrivals arrivals) {
        return intended.keySet().stream().filter(key -> arrivals.arrival(key) != null).count();
    }

    /** Waits until every expected key has arrived or {@code grace} passed, then times each arrival. */
    Result await(KafkaArrivals arrivals, Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (arrived(arrivals) < intended.size() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(CHECK_MILLIS);
        }
        Latency latency = new Latency();
        Map<String, Long> byType = new TreeMap<>();
        long missing = 0;
        for (Map.Entry<String, Long> expectation : intended.entrySet()) {
            KafkaArrivals.Arrival arrival = arrivals.arrival(expectation.getKey());
            if (arrival == null) {
                missing++;
            } else {
                latency.record(expectation.getValue(), arrival.nanos());
                byType.merge(arrival.type(), 1L, Long::sum);
            }
        }
        return new Result(intended.size(), missing, byType, latency.summary());
    }

    /** What arrived: counts by record type, and the latencies of those that did. */
    record Result(long expected, long missing, Map<String, Long> arrivedByType, Latency.Summary latency) {
    }
}
