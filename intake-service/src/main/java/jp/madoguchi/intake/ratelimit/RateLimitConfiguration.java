package jp.madoguchi.intake.ratelimit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    ClientRateLimiter anonymousSubmissionLimiter(RateLimitProperties properties) {
        return new ClientRateLimiter(properties, System::nanoTime);
    }

    @Bean
    IdleBucketSweeper idleBucketSweeper(ClientRateLimiter limiter) {
        return new IdleBucketSweeper(limiter);
    }

    /** Forgets clients that have been quiet long enough to be back at a full bucket. */
    static final class IdleBucketSweeper {

        private final ClientRateLimiter limiter;

        IdleBucketSweeper(ClientRateLimiter limiter) {
            this.limiter = limiter;
        }

        @Scheduled(fixedDelayString = "${madoguchi.intake.rate-limit.sweep-interval:60s}")
        void sweep() {
            limiter.evictIdle();
        }
    }
}
