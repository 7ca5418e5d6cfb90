package jp.madoguchi.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ClientRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private ClientRateLimiter limiter(int perMinute, int burst, int maxClients) {
        return new ClientRateLimiter(new RateLimitProperties(true, perMinute, burst, maxClients), now::get);
    }

    @Test
    void aBurstPassesThenTheClientWaitsForTheNextToken() {
        ClientRateLimiter limiter = limiter(10, 3, 100);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("a")).isEmpty();

        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(6));
        assertThat(limiter.tryAcquire("b")).as("another client has its own bucket").isEmpty();

        advance(Duration.ofSeconds(5));
        assertThat(limiter.tryAcquire("a")).contains(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire("a")).isEmpty();
    }

    @Test
    void idleBucketsAreForgottenOnceFullAgain() {
        ClientRateLimiter limiter = limiter(60, 2, 100);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        advance(Duration.ofSeconds(1));
        limiter.evictIdle();
        assertThat(limiter.clients()).isEqualTo(2);

        advance(Duration.ofSeconds(1));
        limiter.evictIdle();
        assertThat(limiter.clients()).isZero();
    }

    @Test
    void memoryStaysBoundedWhenManyClientsAreActive() {
        ClientRateLimiter limiter = limiter(10, 5, 2);
        assertThat(limiter.tryAcquire("a")).isEmpty();
        assertThat(limiter.tryAcquire("b")).isEmpty();

        assertThat(limiter.tryAcquire("c")).isPresent();
        assertThat(limiter.clients()).isEqualTo(2);

        advance(Duration.ofSeconds(30));
        assertThat(limiter.tryAcquire("c")).as("idle buckets make room").isEmpty();
    }

    @Test
    void disabledLimiterLetsEverythingThrough() {
        ClientRateLimiter limiter = new ClientRateLimiter(new RateLimitProperties(false, 1, 1, 1), now::get);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.tryAcquire("a")).isEmpty();
        }
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }
}
