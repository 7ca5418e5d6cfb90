package jp.madoguchi.platform.mongo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * A circuit breaker (Resilience4j) in front of the service's MongoDB, for the requests of its API: when the store
 * fails calls (unreachable, timing out) at the configured rate, the breaker opens and requests are answered 503
 * with {@code Retry-After} at once, without touching the store, until a few trial calls find it back. A request
 * that fails for any other reason (bad input, a conflict) tells nothing about the store and is not counted.
 */
public class StoreGuard {

    /** The request attribute a handler's outage sets, so the filter records a failure. */
    static final String OUTAGE = StoreGuard.class.getName() + ".OUTAGE";

    private final CircuitBreaker breaker;
    private final Duration waitInOpen;
    private final Clock clock;
    private final Counter unavailable;
    private volatile Instant openedAt = Instant.EPOCH;

    public StoreGuard(StoreGuardProperties properties, Clock clock, MeterRegistry meters) {
        this.waitInOpen = properties.waitInOpen();
        this.clock = clock;
        this.breaker = CircuitBreaker.of("mongo", CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .minimumNumberOfCalls(properties.minimumCalls())
                .slidingWindowSize(properties.slidingWindow())
                .waitDurationInOpenState(properties.waitInOpen())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        breaker.getEventPublisher().onStateTransition(event -> {
            if (event.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAt = clock.instant();
            }
        });
        this.unavailable = Counter.builder("madoguchi.store.unavailable")
                .description("API requests answered 503 because MongoDB was unreachable or the store guard was open")
                .register(meters);
        Gauge.builder("madoguchi.store.guard.open", breaker, b -> b.getState() == CircuitBreaker.State.CLOSED ? 0 : 1)
                .description("1 while the store guard's circuit breaker is open or trying the store again, else 0")
                .register(meters);
    }

    /** Whether a call may go to the store now; if so, exactly one of the {@code after…} methods must follow. */
    boolean permits() {
        boolean permitted = breaker.tryAcquirePermission();
        if (!permitted) {
            unavailable.increment();
        }
        return permitted;
    }

    void afterSuccess(long nanos) {
        breaker.onSuccess(nanos, TimeUnit.NANOSECONDS);
    }

    void afterOutage(long nanos, Throwable failure) {
        unavailable.increment();
        breaker.onError(nanos, TimeUnit.NANOSECONDS, failure);
    }

    /** A call that says nothing about the store (a server error of another kind). */
    void afterOther() {
        breaker.releasePermission();
    }

    /** Whole seconds a client should wait: until the breaker tries the store again, at least one. */
    public long retryAfterSeconds() {
        Duration left = breaker.getState() == CircuitBreaker.State.OPEN
                ? Duration.between(clock.instant(), openedAt.plus(waitInOpen))
                : waitInOpen;
        return Math.max(1, (left.toMillis() + 999) / 1000);
    }
}
