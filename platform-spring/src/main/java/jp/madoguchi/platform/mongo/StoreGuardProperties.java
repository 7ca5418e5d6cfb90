package jp.madoguchi.platform.mongo;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.store-guard.*}: how a service behaves while its MongoDB is away.
 *
 * @param enabled whether the guard runs at all (intake turns it on)
 * @param paths the request paths it guards (Spring path patterns)
 * @param serverSelectionTimeout how long a Mongo operation waits for a reachable server before it fails; the
 *                               driver's default of 30 s would hold every request that long
 * @param connectTimeout how long opening a connection to the server may take; the driver's monitor also waits this
 *                       long for the server's heartbeat answer, so a server busy for a moment (a collector pause,
 *                       a start-up with much data) must not exceed it, or it is taken for gone and start-up fails.
 *                       A stopped server refuses at once, whatever this is
 * @param failureRateThreshold the share of failed store calls (percent) that opens the breaker
 * @param minimumCalls how many calls the breaker sees before it may open
 * @param slidingWindow how many recent calls it judges by
 * @param waitInOpen how long it answers 503 at once, without trying the store, before it lets a few calls through
 */
@ConfigurationProperties("madoguchi.store-guard")
public record StoreGuardProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("/api/**") List<String> paths,
        @DefaultValue("400ms") Duration serverSelectionTimeout,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("50") int failureRateThreshold,
        @DefaultValue("3") int minimumCalls,
        @DefaultValue("10") int slidingWindow,
        @DefaultValue("5s") Duration waitInOpen) {

    public StoreGuardProperties {
        paths = List.copyOf(paths);
    }
}
