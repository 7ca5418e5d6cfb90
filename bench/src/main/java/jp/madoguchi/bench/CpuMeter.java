package jp.madoguchi.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time the platform's JVMs spend on each phase, per request that ended as the phase expects: what one no-op
 * request, one raw Kafka round trip and one consultation cost the box, in the same run.
 */
final class CpuMeter {

    /** A phase, as run by the harness. */
    @FunctionalInterface
    interface Phase {
        PhaseResult run() throws InterruptedException;
    }

    private final Path checkout;
    private final Map<String, Map<String, Double>> perRequest = new LinkedHashMap<>();

    CpuMeter(Path checkout) {
        this.checkout = checkout;
    }

    /** Runs {@code phase}, charging the CPU time used meanwhile to its requests whose outcome is {@code counted}. */
    PhaseResult during(String name, Phase phase, String counted) throws InterruptedException {
        Map<String, Long> before = PlatformProcesses.cpuMillis(checkout);
        PhaseResult result = phase.run();
        perRequest.put(name, PlatformProcesses.cpuPerRequest(before, PlatformProcesses.cpuMillis(checkout),
                result.outcomes().getOrDefault(counted, 0L)));
        return result;
    }

    /** Phase name to process name to CPU milliseconds per request, with the sum as {@code all}. */
    Map<String, Map<String, Double>> perRequest() {
        return perRequest;
    }
}
