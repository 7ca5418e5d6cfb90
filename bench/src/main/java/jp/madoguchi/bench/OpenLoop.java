package jp.madoguchi.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * An open-model load generator: request {@code i} is due at {@code start + i / rate}, whatever happened to the
 * requests before it. Each send is handed its intended start and the caller measures from there, so a stalled
 * system is charged for every request that should have gone out during the stall (no coordinated omission).
 * If a send itself blocks, the ones that fell due meanwhile go out at once, still carrying their own intended
 * starts.
 */
final class OpenLoop {

    /** Room for the first send to be on time. */
    private static final long LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private OpenLoop() {
    }

    /** Calls {@code send} {@code count} times at {@code rate} per second, with each one's intended start. */
    static void run(double rate, long count, LongConsumer send) {
        double intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime() + LEAD_NANOS;
        for (long i = 0; i < count; i++) {
            long intended = start + Math.round(i * intervalNanos);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            send.accept(intended);
        }
    }
}
