package jp.madoguchi.bench;

import java.util.Map;

/**
 * One phase's figures.
 *
 * @param sent how many requests the phase sent
 * @param outcomes how they ended: HTTP status (or {@code acked} for Kafka) or the exception that ended them
 * @param latency intended start to the answer (HTTP) or the broker's acknowledgement (Kafka)
 * @param endToEnd intended start to arrival at the harness's consumer; {@code null} for the no-op endpoint
 */
record PhaseResult(String name, long sent, Map<String, Long> outcomes, Latency.Summary latency,
        EndToEnd.Result endToEnd) {
}
