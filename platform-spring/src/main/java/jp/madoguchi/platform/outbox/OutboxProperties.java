package jp.madoguchi.platform.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.outbox.*}: which collections carry an {@code outbox} array and how the relay drains them.
 *
 * @param enabled whether this service publishes through the outbox at all (analytics does not)
 * @param source the CloudEvents {@code ce_source}; by default {@code /madoguchi/<spring.application.name>}
 * @param collections the MongoDB collections whose documents carry pending events
 * @param batchSize how many documents one pass reads per collection
 * @param pollInterval the pause between passes; a write nudges a pass at once as well
 * @param sweepInterval how often a pass also looks for pending entries nobody pointed it to (written before a crash,
 *                      or left by an instance that stopped): a scan, which the embedded store cannot serve from an
 *                      index, so it is kept rare (it reads every document of the collection under the embedded
 *                      store's collection lock, a stall that grows with history); written documents are relayed by
 *                      their id and failed sends retried from memory, so only a stopped peer's leftovers wait for it
 * @param sendTimeout how long one send may wait for the broker's acknowledgement
 * @param retryDelay how long a document whose send failed is left alone before it is tried again
 */
@ConfigurationProperties("madoguchi.outbox")
public record OutboxProperties(
        @DefaultValue("false") boolean enabled,
        String source,
        @DefaultValue List<String> collections,
        @DefaultValue("100") int batchSize,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("1s") Duration retryDelay,
        @DefaultValue("5m") Duration sweepInterval) {

    public OutboxProperties {
        collections = List.copyOf(collections);
        if (batchSize <= 0) {
            throw new IllegalArgumentException("madoguchi.outbox.batch-size must be positive");
        }
    }

    OutboxProperties withSource(String defaultSource) {
        return source != null && !source.isBlank() ? this
                : new OutboxProperties(enabled, defaultSource, collections, batchSize, pollInterval, sendTimeout,
                        retryDelay, sweepInterval);
    }
}
