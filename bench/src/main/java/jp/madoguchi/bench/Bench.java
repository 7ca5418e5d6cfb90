package jp.madoguchi.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.madoguchi.broker.BenchAccount;
import jp.madoguchi.broker.KafkaLogin;

/**
 * The benchmark harness (issue #8). One run: join Kafka as {@code bench}; optionally preload history; then three
 * phases at the same constant rate and duration — intake's no-op endpoint, the raw Kafka round trip, and the
 * web form's POST timed to scheduling's decision — and write the figures, with the command, the machine and the
 * git revision, to {@code bench/results}. See bench/README.md.
 */
public final class Bench {

    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    private Bench() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("bench: " + e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        try {
            if (!options.sweep().isEmpty()) {
                IntakeSweep.Report report = new IntakeSweep(new IntakeClient(options.intake()), System.out)
                        .run(options, command(options.arguments()));
                System.out.println();
                System.out.print(IntakeSweep.markdown(report));
                System.out.println("results: " + IntakeSweep.write(report, options.results()));
                System.exit(0);
            }
            ResultFiles.Written written = run(options, System.out);
            System.out.println("results: " + written.markdown() + " and " + written.json());
            System.exit(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(EXIT_FAILED);
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: failed: " + e);
            System.exit(EXIT_FAILED);
        }
    }

    static ResultFiles.Written run(BenchOptions options, PrintStream out) throws IOException, InterruptedException {
        String startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        // Before the load, so the load average says how busy the machine was without us.
        MachineFacts machine = MachineFacts.read();
        String revision = GitRevision.of(options.home());
        Map<String, Object> login = new KafkaLogin(BenchAccount.USER_NAME, password(options.kafkaSecret()))
                .scramClient(options.bootstrap());
        IntakeClient intake = new IntakeClient(options.intake());
        long count = options.requestsPerPhase();
        try (KafkaArrivals arrivals = KafkaArrivals.start(login)) {
            out.printf("joined Kafka as %s; %d records on the scheduling topic so far%n", BenchAccount.USER_NAME,
                    arrivals.decisionsBefore());
            Preload.Result preload = null;
            if (options.preload() > 0) {
                preload = new Preload(intake, arrivals, out).run(options.preload(), options.grace());
            }
            HttpPhases http = new HttpPhases(intake, arrivals);
            out.printf("phase 1/3, no-op baseline: %d × GET %s at %s/s%n", count, IntakeClient.LIVENESS,
                    options.rate());
            CpuMeter cpu = new CpuMeter(options.home());
            PhaseResult noOp = cpu.during("no-op", () -> http.noOp(options.rate(), count), "200");
            out.printf("phase 2/3, Kafka baseline: %d records to %s at %s/s%n", count, BenchAccount.ROUND_TRIP_TOPIC,
                    options.rate());
            PhaseResult kafka = cpu.during("kafka",
                    () -> new RoundTripPhase(login, arrivals).run(options.rate(), count, options.grace()), "acked");
            out.printf("phase 3/3, platform: %d × POST %s at %s/s%n", count, IntakeClient.CONSULTATION_REQUESTS,
                    options.rate());
            PhaseResult platform = cpu.during("platform",
                    () -> http.submissions(options.rate(), count, options.grace()), "201");
            BenchReport report = new BenchReport(startedAt, options.scenario(), command(options.arguments()),
                    revision, machine, arrivals.decisionsBefore(), preload, options.rate(),
                    options.duration().toSeconds(), noOp, kafka, platform,
                    BenchReport.Ratios.of(noOp, kafka, platform), PlatformProcesses.memory(options.home()),
                    cpu.perRequest());
            out.println();
            out.print(ResultFiles.markdown(report));
            if (platform.outcomes().containsKey("429") || platform.outcomes().containsKey("409")) {
                out.println("Intake refused requests (429: its rate limit is on; 409: a phone number's open-request "
                        + "limit): see bench/README.md, Preparing the platform.");
            }
            return ResultFiles.write(report, options.results());
        }
    }

    private static String password(Path secret) throws IOException {
        try {
            return Files.readString(secret, StandardCharsets.UTF_8).trim();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(secret + " is missing: devstack writes it on start (./madoguchi up), "
                    + "or pass --kafka-secret", e);
        }
    }

    private static String command(List<String> arguments) {
        return "java -jar bench/target/madoguchi-bench.jar" + arguments.stream()
                .map(a -> a.matches("[A-Za-z0-9_./:=@,+-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
                .map(a -> " " + a).collect(Collectors.joining());
    }
}
