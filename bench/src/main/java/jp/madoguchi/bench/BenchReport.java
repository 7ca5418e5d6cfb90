package jp.madoguchi.bench;

import java.util.Map;

/**
 * Everything one run measured and the facts to judge it by.
 *
 * @param startedAt UTC, ISO-8601
 * @param command the command line as run
 * @param revision the checkout's git revision, {@code -dirty} with uncommitted changes
 * @param historyDecisions the records on {@code madoguchi.scheduling.events} before this run: the history's size
 * @param preload what this run preloaded before measuring; {@code null} when it did not
 * @param platformMemory resident memory of the platform's JVMs after the run, by process
 * @param cpuPerRequestMillis by phase ({@code no-op}, {@code kafka}, {@code platform}): the CPU time each of the
 *        platform's JVMs used during it (until its last record arrived or the grace ran out) per request that ended
 *        as expected (200, acknowledged, 201), and their sum as {@code all}
 */
record BenchReport(String startedAt, String scenario, String command, String revision, MachineFacts machine,
        long historyDecisions, Preload.Result preload, double rate, long durationSeconds, PhaseResult noOp,
        PhaseResult kafka, PhaseResult platform, Ratios ratios, Map<String, String> platformMemory,
        Map<String, Map<String, Double>> cpuPerRequestMillis) {

    /**
     * The platform over its baselines; {@code null} where a baseline measured nothing.
     *
     * @param postP99OverNoOpP99 intake's POST answer over the no-op endpoint's, at p99
     * @param endToEndP50OverKafkaP50 the POST-to-decision path over the raw Kafka round trip, at p50
     * @param endToEndP99OverKafkaP99 the same at p99
     */
    record Ratios(Double postP99OverNoOpP99, Double endToEndP50OverKafkaP50, Double endToEndP99OverKafkaP99) {

        static Ratios of(PhaseResult noOp, PhaseResult kafka, PhaseResult platform) {
            return new Ratios(
                    ratio(platform.latency().p99(), noOp.latency().p99()),
                    ratio(platform.endToEnd().latency().p50(), kafka.endToEnd().latency().p50()),
                    ratio(platform.endToEnd().latency().p99(), kafka.endToEnd().latency().p99()));
        }

        private static Double ratio(double platform, double baseline) {
            return baseline > 0 ? platform / baseline : null;
        }
    }
}
