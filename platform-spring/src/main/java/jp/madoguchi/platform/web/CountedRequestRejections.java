package jp.madoguchi.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code madoguchi.requests.rejected{reason}}. */
final class CountedRequestRejections implements RequestRejections {

    private final MeterRegistry meters;

    CountedRequestRejections(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void rejected(String reason) {
        Counter.builder("madoguchi.requests.rejected")
                .description("Requests refused before any use case ran, by reason")
                .tag("reason", reason)
                .register(meters)
                .increment();
    }
}
