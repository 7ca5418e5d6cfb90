package jp.madoguchi.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies in microseconds from the intended start, recorded from any thread. */
final class Latency {

    private final Histogram histogram = new ConcurrentHistogram(3);

    void record(long intendedNanos, long endNanos) {
        histogram.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(endNanos - intendedNanos)));
    }

    Summary summary() {
        return new Summary(histogram.getTotalCount(), millis(50), millis(90), millis(99), millis(99.9),
                histogram.getTotalCount() == 0 ? 0 : histogram.getMaxValue() / 1000.0);
    }

    private double millis(double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Milliseconds; all zero when nothing was recorded. */
    record Summary(long count, double p50, double p90, double p99, double p999, double max) {
    }
}
