package jp.madoguchi.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a report as {@code <UTC time>-<scenario>.md} (for people) and {@code .json} (for tools). */
final class ResultFiles {

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ResultFiles() {
    }

    /** The two files written. */
    record Written(Path markdown, Path json) {
    }

    static Written write(BenchReport report, Path directory) throws IOException {
        Files.createDirectories(directory);
        String base = FILE_TIME.format(Instant.parse(report.startedAt())) + "-" + report.scenario();
        Path markdown = directory.resolve(base + ".md");
        Path json = directory.resolve(base + ".json");
        Files.writeString(markdown, markdown(report));
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        Files.writeString(json, mapper.writeValueAsString(report) + "\n");
        return new Written(markdown, json);
    }

    static String markdown(BenchReport r) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark ").append(r.scenario()).append(", ").append(r.startedAt()).append("\n\n");
        md.append("- command: `").append(r.command()).append("`\n");
        md.append("- revision: ").append(r.revision()).append('\n');
        MachineFacts m = r.machine();
        md.append(String.format(Locale.ROOT, "- machine: %d cores, %s memory, load average %.2f before the run, %s, %s%n",
                m.cores(), m.memory(), m.loadAverage(), m.java(), m.os()));
        md.append("- history: ").append(r.historyDecisions())
                .append(" records on madoguchi.scheduling.events before the run");
        if (r.preload() != null) {
            Preload.Result p = r.preload();
            md.append(String.format(Locale.ROOT, "; this run preloaded %d requests (%s), %d decided, in %d s",
                    p.requested(), p.outcomes(), p.decided(), p.seconds()));
        }
        md.append('\n');
        md.append(String.format(Locale.ROOT, "- load: %s requests/s for %d s in each phase (no-op, Kafka, platform)%n%n",
                number(r.rate()), r.durationSeconds()));

        md.append("| latency from intended start, ms | p50 | p90 | p99 | p99.9 | max | count |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        row(md, "POST " + IntakeClient.CONSULTATION_REQUESTS + ": answer", r.platform().latency());
        row(md, "platform end to end: POST to decision at the harness", r.platform().endToEnd().latency());
        row(md, "no-op baseline: GET " + IntakeClient.LIVENESS, r.noOp().latency());
        row(md, "Kafka baseline: send to acknowledgement", r.kafka().latency());
        row(md, "Kafka baseline: send to arrival at the harness", r.kafka().endToEnd().latency());

        md.append("\n| ratio | value |\n| --- | ---: |\n");
        md.append("| POST p99 / no-op p99 | ").append(ratio(r.ratios().postP99OverNoOpP99())).append(" |\n");
        md.append("| end-to-end p50 / Kafka round trip p50 | ")
                .append(ratio(r.ratios().endToEndP50OverKafkaP50())).append(" |\n");
        md.append("| end-to-end p99 / Kafka round trip p99 | ")
                .append(ratio(r.ratios().endToEndP99OverKafkaP99())).append(" |\n\n");

        md.append("Counts:\n\n");
        counts(md, "POST", r.platform());
        counts(md, "no-op", r.noOp());
        counts(md, "Kafka round trip", r.kafka());
        if (!r.platformMemory().isEmpty()) {
            md.append("\nResident memory of the platform's JVMs after the run:\n\n");
            r.platformMemory().forEach((name, rss) -> md.append("- ").append(name).append(": ").append(rss).append('\n'));
        }
        Map<String, Double> platformCpu = r.cpuPerRequestMillis().getOrDefault("platform", Map.of());
        if (!platformCpu.isEmpty()) {
            md.append("\nCPU time of the platform's JVMs per request, ms: per no-op request, per raw Kafka round trip, "
                    + "per consultation. With ").append(r.machine().cores()).append(" cores, no rate above ")
                    .append(r.machine().cores()).append(" × 1000 / all consultations per second can be sustained.\n\n")
                    .append("| process | no-op | Kafka round trip | consultation |\n| --- | ---: | ---: | ---: |\n");
            platformCpu.keySet().forEach(name -> md.append("| ").append(name).append(" | ")
                    .append(millis(r, "no-op", name)).append(" | ").append(millis(r, "kafka", name)).append(" | ")
                    .append(millis(r, "platform", name)).append(" |\n"));
        }
        return md.toString();
    }

    private static String millis(BenchReport r, String phase, String process) {
        Double millis = r.cpuPerRequestMillis().getOrDefault(phase, Map.of()).get(process);
        return millis == null ? "—" : String.format(Locale.ROOT, "%.1f", millis);
    }

    private static void row(StringBuilder md, String name, Latency.Summary s) {
        md.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
                name, s.p50(), s.p90(), s.p99(), s.p999(), s.max(), s.count()));
    }

    private static void counts(StringBuilder md, String name, PhaseResult phase) {
        md.append("- ").append(name).append(": ").append(phase.sent()).append(" sent, outcomes ")
                .append(phase.outcomes());
        EndToEnd.Result e2e = phase.endToEnd();
        if (e2e != null) {
            md.append(", ").append(e2e.expected()).append(" expected on Kafka, arrived ")
                    .append(e2e.arrivedByType()).append(", missing ").append(e2e.missing());
        }
        md.append('\n');
    }

    private static String ratio(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
