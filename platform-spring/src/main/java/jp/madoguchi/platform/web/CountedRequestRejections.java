package jp.madoguchi.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Refusals counted by reason under one metric name: the platform's {@code madoguchi.requests.rejected}, or a
 * service's own name when it declares this bean itself.
 */
public final class CountedRequestRejections implements RequestRejections {

    private final MeterRegistry meters;
    private final String name;
    private final String description;

    public CountedRequestRejections(MeterRegistry meters, String name, String description) {
        this.meters = meters;
        this.name = name;
        this.description = description;
    }

    @Override
    public void rejected(String reason) {
        Counter.builder(name).description(description).tag("reason", reason).register(meters).increment();
    }
}
