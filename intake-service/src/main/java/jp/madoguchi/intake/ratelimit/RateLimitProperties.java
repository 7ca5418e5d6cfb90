package jp.madoguchi.intake.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code madoguchi.intake.rate-limit.*}: how many anonymous submissions one client IP may make.
 *
 * @param requestsPerMinute the steady rate a bucket refills at
 * @param burst the bucket's size: how many may come at once after a quiet spell
 * @param maxClients how many client buckets are kept at most; beyond that, idle ones are dropped early
 */
@ConfigurationProperties("madoguchi.intake.rate-limit")
public record RateLimitProperties(boolean enabled, int requestsPerMinute, int burst, int maxClients) {

    public RateLimitProperties {
        if (requestsPerMinute <= 0 || burst <= 0 || maxClients <= 0) {
            throw new IllegalArgumentException("madoguchi.intake.rate-limit: requests-per-minute, burst and "
                    + "max-clients must be positive");
        }
    }

    /** How long an empty bucket takes to fill up again; a bucket idle that long is the same as a new one. */
    Duration refillTime() {
        return Duration.ofNanos((long) Math.ceil(burst * 60_000_000_000.0 / requestsPerMinute));
    }
}
