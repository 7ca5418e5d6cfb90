package jp.madoguchi.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds history through the platform's own front door: posts consultations as fast as intake takes them (a
 * bounded number in flight, a closed loop: this is not a measurement) and waits until scheduling has decided
 * each accepted one, printing progress every second. Appointments and waitlist entries are then in scheduling's
 * store, and notification records its deliveries in reaction to the decisions, as it would for real traffic.
 */
final class Preload {

    private static final int IN_FLIGHT = 16;

    private final IntakeClient intake;
    private final KafkaArrivals arrivals;
    private final PrintStream out;

    Preload(IntakeClient intake, KafkaArrivals arrivals, PrintStream out) {
        this.intake = intake;
        this.arrivals = arrivals;
        this.out = out;
    }

    /**
     * @param grace how long the decisions may make no progress before the preload gives up waiting for the rest
     */
    Result run(int count, Duration grace) throws InterruptedException {
        Semaphore permits = new Semaphore(IN_FLIGHT);
        Outcomes outcomes = new Outcomes();
        AtomicLong answered = new AtomicLong();
        Queue<String> accepted = new ConcurrentLinkedQueue<>();
        AtomicLong decided = new AtomicLong();
        long begin = System.nanoTime();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-preload-progress");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong lastDecided = new AtomicLong();
        progress.scheduleAtFixedRate(() -> {
            long now = accepted.stream().filter(id -> arrivals.arrival(id) != null).count();
            decided.set(now);
            out.printf("preload: %d/%d answered (%d accepted), %d decided, %d decided/s%n",
                    answered.get(), count, accepted.size(), now, now - lastDecided.getAndSet(now));
        }, 1, 1, TimeUnit.SECONDS);
        try {
            ConsultationRequests requests = new ConsultationRequests();
            for (int i = 0; i < count; i++) {
                permits.acquire();
                intake.submit(requests.next()).whenComplete((response, error) -> {
                    try {
                        if (error != null) {
                            outcomes.failure(error);
                        } else {
                            outcomes.status(response.statusCode());
                            if (response.statusCode() == 201) {
                                accepted.add(intake.consultationId(response));
                            }
                        }
                    } catch (RuntimeException unreadable) {
                        outcomes.failure(unreadable);
                    } finally {
                        answered.incrementAndGet();
                        permits.release();
                    }
                });
            }
            permits.acquire(IN_FLIGHT);
            awaitDecisions(accepted, decided, grace);
        } finally {
            progress.shutdownNow();
        }
        long decidedNow = accepted.stream().filter(id -> arrivals.arrival(id) != null).count();
        Duration took = Duration.ofNanos(System.nanoTime() - begin);
        out.printf("preload: done, %d accepted, %d decided in %d s%n", accepted.size(), decidedNow, took.toSeconds());
        return new Result(count, outcomes.asMap(), decidedNow, took.toSeconds());
    }

    /** Waits while the decisions keep coming; gives up once none came for {@code grace}. */
    private static void awaitDecisions(Queue<String> accepted, AtomicLong decided, Duration grace)
            throws InterruptedException {
        long seen = -1;
        long stalledSince = System.nanoTime();
        while (decided.get() < accepted.size() && System.nanoTime() - stalledSince < grace.toNanos()) {
            if (decided.get() != seen) {
                seen = decided.get();
                stalledSince = System.nanoTime();
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** What the preload did: requests, their answers, and how many were decided. */
    record Result(int requested, Map<String, Long> outcomes, long decided, long seconds) {
    }
}
