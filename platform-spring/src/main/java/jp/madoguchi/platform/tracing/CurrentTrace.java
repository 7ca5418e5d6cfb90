package jp.madoguchi.platform.tracing;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The W3C {@code traceparent} of the span the calling thread works in. An outbox entry keeps it so that the
 * relay, which runs later on a thread of its own, can hand the same trace on to Kafka.
 */
public class CurrentTrace {

    /** The W3C Trace Context header, on HTTP requests and on Kafka records alike. */
    public static final String HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    public CurrentTrace(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without tracing (a slice test, tracing switched off): entries simply carry no trace. */
    public static CurrentTrace none() {
        return new CurrentTrace(Tracer.NOOP, Propagator.NOOP);
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
