package jp.madoguchi.intake.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client key. {@link #tryAcquire} either takes a token or says how long until the next one.
 * A bucket that has been idle for its whole refill time is full again, so forgetting it loses nothing: {@link
 * #evictIdle()} does that, and a full map evicts before it grows.
 */
public final class ClientRateLimiter {

    private final boolean enabled;
    /** One token in the exact integer units buckets count in: refilling adds {@code requestsPerMinute} per ns. */
    private static final long TOKEN = 60_000_000_000L;

    private final long capacity;
    private final long unitsPerNano;
    private final long idleNanos;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimiter(RateLimitProperties properties, LongSupplier nanoTime) {
        this.enabled = properties.enabled();
        this.capacity = Math.multiplyExact(properties.burst(), TOKEN);
        this.unitsPerNano = properties.requestsPerMinute();
        this.idleNanos = properties.refillTime().toNanos();
        this.maxClients = properties.maxClients();
        this.nanoTime = nanoTime;
    }

    /**
     * Empty if a token was taken; otherwise how long the client must wait (at least a second, rounded up). When
     * {@code maxClients} active buckets exist, a new client waits like an empty bucket would: memory stays bounded
     * even when an attacker spreads over many addresses.
     */
    public Optional<Duration> tryAcquire(String client) {
        if (!enabled) {
            return Optional.empty();
        }
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            evictIdle();
            if (buckets.size() >= maxClients) {
                return Optional.of(Duration.ofSeconds(Math.max(1, Duration.ofNanos(idleNanos).toSeconds())));
            }
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        long waitNanos = bucket.take(now, capacity, unitsPerNano);
        if (waitNanos == 0) {
            return Optional.empty();
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** Drops buckets that have refilled completely. */
    public void evictIdle() {
        long now = nanoTime.getAsLong();
        buckets.values().removeIf(bucket -> bucket.idleLongerThan(now, idleNanos));
    }

    int clients() {
        return buckets.size();
    }

    private static final class Bucket {

        /** Integer arithmetic: a wait of exactly one second must not come out as 1.0000001 s. */
        private long units;
        private long updatedAt;

        Bucket(long units, long now) {
            this.units = units;
            this.updatedAt = now;
        }

        /** @return 0 if a token was taken, else nanoseconds until one will be there */
        synchronized long take(long now, long capacity, long unitsPerNano) {
            long elapsed = Math.max(0, now - updatedAt);
            long refill = elapsed > (capacity - units) / unitsPerNano ? capacity - units : elapsed * unitsPerNano;
            units = Math.min(capacity, units + refill);
            updatedAt = now;
            if (units >= TOKEN) {
                units -= TOKEN;
                return 0;
            }
            return (TOKEN - units + unitsPerNano - 1) / unitsPerNano;
        }

        synchronized boolean idleLongerThan(long now, long idleNanos) {
            return now - updatedAt >= idleNanos;
        }
    }
}
