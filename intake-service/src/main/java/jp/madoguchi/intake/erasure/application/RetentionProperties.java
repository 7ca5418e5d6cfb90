package jp.madoguchi.intake.erasure.application;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.intake.retention.*}.
 *
 * @param personalData how long personal data is kept after the requester's last consultation closed
 * @param interval how often the retention job looks (it also catches up at start, after any downtime)
 * @param batchSize consultations read per query while looking
 * @param lockAtMostFor how long a crashed instance's lock keeps the others from running the job
 */
@ConfigurationProperties("madoguchi.intake.retention")
public record RetentionProperties(
        @DefaultValue("P3Y") Period personalData,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("30m") Duration lockAtMostFor) {

    public RetentionProperties {
        if (personalData.isNegative() || personalData.isZero()) {
            throw new IllegalArgumentException("madoguchi.intake.retention.personal-data must be positive");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("madoguchi.intake.retention.batch-size must be at least 1");
        }
    }
}
