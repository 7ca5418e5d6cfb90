package jp.madoguchi.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake on its own (issue #9): at each rate of a sweep, the no-op endpoint and then the README's POST (each with
 * an {@code Idempotency-Key} of its own), both open-model at the same constant rate, on the same stack and in the
 * same run. A rate <em>holds</em> when its p99 from the intended start is at most 50 ms and at least 99.9 % of the
 * requests got their success status; the report gives the highest rate that holds for each and their ratio.
 * "Accepted" is a 201, which intake answers after the request and its outbox entry are written (durable).
 */
final class IntakeSweep {

    static final double P99_LIMIT_MILLIS = 50;
    private static final double SUCCESS_SHARE = 0.999;
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * One rate's two phases.
     *
     * @param cpuPerRequestMillis phase ({@code no-op}, {@code post}) to the platform's process to CPU milliseconds
     *                            per successful request, with the sum as {@code all}
     */
    record Step(double rate, PhaseResult noOp, PhaseResult post, double noOpPerSecond, double acceptedPerSecond,
            boolean noOpHolds, boolean postHolds, Map<String, Map<String, Double>> cpuPerRequestMillis) {
    }

    /** What a sweep found; {@code null} rates: none held. */
    record Report(String startedAt, String scenario, String command, String revision, MachineFacts machine,
            long secondsPerPhase, List<Step> steps, Double noOpHighest, Double postHighest,
            Double acceptedAtHighest, Double ratioToNoOp) {
    }

    private final IntakeClient intake;
    private final PrintStream out;

    IntakeSweep(IntakeClient intake, PrintStream out) {
        this.intake = intake;
        this.out = out;
    }

    Report run(BenchOptions options, String command) throws InterruptedException {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        MachineFacts machine = MachineFacts.read();
        double first = options.sweep().get(0);
        long warmUp = Math.round(first * WARM_UP.toSeconds());
        out.printf("warm-up (not recorded): %d × no-op and %d × POST at %s/s%n", warmUp, warmUp, first);
        noOp(first, warmUp);
        posts(first, warmUp);
        List<Step> steps = new ArrayList<>();
        long seconds = options.duration().toSeconds();
        boolean postStillHolds = true;
        for (double rate : options.sweep()) {
            long count = Math.round(rate * seconds);
            CpuMeter cpu = new CpuMeter(options.home());
            PhaseResult noOp = cpu.during("no-op", () -> noOp(rate, count), "200");
            // Past the first rate it cannot hold, intake only adds queueing that spills into the next no-op phase.
            PhaseResult post = postStillHolds ? cpu.during("post", () -> posts(rate, count), "201") : null;
            Step step = step(rate, seconds, noOp, post, cpu.perRequest());
            postStillHolds = step.postHolds();
            steps.add(step);
            out.printf(Locale.ROOT, "%6.0f/s  no-op p99 %7.2f ms %s   POST p99 %s accepted %s/s %s%n", rate,
                    noOp.latency().p99(), step.noOpHolds() ? "holds" : "fails",
                    post == null ? "   (skipped)" : String.format(Locale.ROOT, "%7.2f ms", post.latency().p99()),
                    String.format(Locale.ROOT, "%.0f", step.acceptedPerSecond()),
                    post == null ? "" : (step.postHolds() ? "holds" : "fails " + post.outcomes()));
        }
        OptionalDouble noOpHighest = steps.stream().filter(Step::noOpHolds).mapToDouble(Step::rate).max();
        OptionalDouble postHighest = steps.stream().filter(Step::postHolds).mapToDouble(Step::rate).max();
        Double accepted = postHighest.isPresent() ? steps.stream().filter(s -> s.rate() == postHighest.getAsDouble())
                .findFirst().map(Step::acceptedPerSecond).orElse(null) : null;
        Double ratio = postHighest.isPresent() && noOpHighest.isPresent()
                ? postHighest.getAsDouble() / noOpHighest.getAsDouble() : null;
        return new Report(startedAt, options.scenario(), command, GitRevision.of(options.home()), machine, seconds,
                steps, boxed(noOpHighest), boxed(postHighest), accepted, ratio);
    }

    private PhaseResult noOp(double rate, long count) throws InterruptedException {
        return HttpPhases.noOp(intake, rate, count);
    }

    private PhaseResult posts(double rate, long count) throws InterruptedException {
        Latency latency = new Latency();
        Outcomes outcomes = new Outcomes();
        ConsultationRequests requests = new ConsultationRequests();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        OpenLoop.run(rate, count, intended -> inFlight.add(
                intake.submit(requests.next(), UUID.randomUUID().toString()).whenComplete((response, error) -> {
                    latency.record(intended, System.nanoTime());
                    if (error != null) {
                        outcomes.failure(error);
                    } else {
                        outcomes.status(response.statusCode());
                    }
                })));
        HttpPhases.drain(inFlight);
        return new PhaseResult("POST " + IntakeClient.CONSULTATION_REQUESTS, count, outcomes.asMap(),
                latency.summary(), null);
    }

    private static Step step(double rate, long seconds, PhaseResult noOp, PhaseResult post,
            Map<String, Map<String, Double>> cpu) {
        long noOpOk = noOp.outcomes().getOrDefault("200", 0L);
        long accepted = post == null ? 0 : post.outcomes().getOrDefault("201", 0L);
        return new Step(rate, noOp, post, (double) noOpOk / seconds, (double) accepted / seconds,
                holds(noOp, noOpOk), post != null && holds(post, accepted), Map.copyOf(cpu));
    }

    private static boolean holds(PhaseResult phase, long succeeded) {
        return phase.latency().p99() <= P99_LIMIT_MILLIS && succeeded >= SUCCESS_SHARE * phase.sent();
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    static List<Path> write(Report report, Path directory) throws IOException {
        Files.createDirectories(directory);
        String base = FILE_TIME.format(Instant.parse(report.startedAt())) + "-" + report.scenario();
        Path markdown = directory.resolve(base + ".md");
        Path json = directory.resolve(base + ".json");
        Files.writeString(markdown, markdown(report));
        Files.writeString(json, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                .writeValueAsString(report) + "\n");
        return List.of(markdown, json);
    }

    static String markdown(Report r) {
        StringBuilder md = new StringBuilder();
        md.append("# Intake sweep ").append(r.scenario()).append(", ").append(r.startedAt()).append("\n\n");
        md.append("- command: `").append(r.command()).append("`\n");
        md.append("- revision: ").append(r.revision()).append('\n');
        MachineFacts m = r.machine();
        md.append(String.format(Locale.ROOT,
                "- machine: %d cores, %s memory, load average %.2f before the run, %s, %s%n", m.cores(), m.memory(),
                m.loadAverage(), m.java(), m.os()));
        md.append("- each rate: ").append(r.secondsPerPhase()).append(" s of GET ").append(IntakeClient.LIVENESS)
                .append(" (no-op), then ").append(r.secondsPerPhase()).append(" s of POST ")
                .append(IntakeClient.CONSULTATION_REQUESTS)
                .append(" (the README's body, a fresh Idempotency-Key each); latencies from the intended start\n");
        md.append(String.format(Locale.ROOT, "- a rate holds when p99 ≤ %.0f ms and ≥ %.1f %% succeed%n%n",
                P99_LIMIT_MILLIS, SUCCESS_SHARE * 100));
        md.append("| rate/s | no-op p50 | no-op p99 | no-op | POST p50 | POST p99 | POST p99.9 | accepted/s | POST | "
                + "POST outcomes |\n| ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | --- | --- |\n");
        for (Step s : r.steps()) {
            Latency.Summary n = s.noOp().latency();
            md.append(String.format(Locale.ROOT, "| %.0f | %.2f | %.2f | %s | ", s.rate(), n.p50(), n.p99(),
                    s.noOpHolds() ? "holds" : "fails"));
            if (s.post() == null) {
                md.append("— | — | — | — | not run (a lower rate failed) | — |\n");
            } else {
                Latency.Summary p = s.post().latency();
                md.append(String.format(Locale.ROOT, "%.2f | %.2f | %.2f | %.0f | %s | %s |%n", p.p50(), p.p99(),
                        p.p999(), s.acceptedPerSecond(), s.postHolds() ? "holds" : "fails", s.post().outcomes()));
            }
        }
        md.append('\n');
        md.append("- highest rate that holds, no-op: ").append(rate(r.noOpHighest()))
                .append(r.noOpHighest() != null && r.noOpHighest().equals(r.steps().get(r.steps().size() - 1).rate())
                        ? " (the sweep's top: the no-op's limit is higher)" : "").append('\n');
        md.append("- highest rate that holds, POST: ").append(rate(r.postHighest()))
                .append(r.acceptedAtHighest() == null ? ""
                        : String.format(Locale.ROOT, " (%.0f accepted/s)", r.acceptedAtHighest())).append('\n');
        md.append("- POST / no-op: ").append(r.ratioToNoOp() == null ? "n/a"
                : String.format(Locale.ROOT, "%.0f %%", r.ratioToNoOp() * 100)).append('\n');
        md.append("\nCPU time of the platform's JVMs per successful request, ms (all of them, every running one "
                + "listed; with ").append(m.cores()).append(" cores no rate above ").append(m.cores())
                .append(" × 1000 / all per second can be sustained):\n\n| rate/s | phase | process | ms |\n"
                        + "| ---: | --- | --- | ---: |\n");
        for (Step s : r.steps()) {
            s.cpuPerRequestMillis().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(phase ->
                    phase.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(process ->
                            md.append(String.format(Locale.ROOT, "| %.0f | %s | %s | %.2f |%n", s.rate(),
                                    phase.getKey(), process.getKey(), process.getValue()))));
        }
        return md.toString();
    }

    private static String rate(Double value) {
        return value == null ? "none" : String.format(Locale.ROOT, "%.0f/s", value);
    }
}
