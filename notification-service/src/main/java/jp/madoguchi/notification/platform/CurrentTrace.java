package jp.madoguchi.notification.platform;

import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The W3C {@code traceparent} of the span the calling thread works in. An outbox entry keeps it so that the
 * relay, which runs later on a thread of its own, can hand the same trace on to Kafka (ADR 0001, "Tracing").
 */
@Component
public class CurrentTrace {

    /** The W3C Trace Context header, on HTTP requests and on Kafka records alike. */
    public static final String HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    CurrentTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        // Slices without the tracing auto-configuration get the no-op pair: entries simply carry no trace.
        this.tracer = tracer.getIfAvailable(() -> Tracer.NOOP);
        this.propagator = propagator.getIfAvailable(() -> Propagator.NOOP);
    }

    /** The current span's {@code traceparent}, or {@code null} outside any trace. */
    public String traceparent() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }
}
