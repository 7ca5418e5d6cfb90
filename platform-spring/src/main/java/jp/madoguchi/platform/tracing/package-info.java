/**
 * Tracing glue (ADR 0001, "Tracing"): the W3C {@code traceparent} of the current span, which an outbox entry keeps
 * so the relay can hand the same trace on to Kafka long after the request's thread has gone.
 */
package jp.madoguchi.platform.tracing;
