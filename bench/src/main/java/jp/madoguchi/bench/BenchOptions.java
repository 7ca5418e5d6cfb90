package jp.madoguchi.bench;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a run does, from its command line ({@code --name value} or {@code --name=value}).
 *
 * @param rate requests (and baseline probes) per second, each phase
 * @param duration how long each phase sends
 * @param preload consultations to post (and wait for their decisions) before the measured phases
 * @param scenario the name in the result files' names
 * @param intake intake-service's base URI
 * @param bootstrap the Kafka bootstrap servers
 * @param kafkaSecret the file with the {@code bench} user's password (devstack writes it)
 * @param results the directory the result files go to
 * @param home the checkout the platform runs from: its {@code var/run} pid files and its git revision
 * @param grace how long to wait for decisions that have not arrived when a phase stops sending
 * @param sweep rates for intake on its own against the no-op endpoint, in order; empty: the platform run
 * @param arguments the command line as given, for the result files
 */
record BenchOptions(double rate, Duration duration, int preload, String scenario, URI intake, String bootstrap,
        Path kafkaSecret, Path results, Path home, Duration grace, List<Double> sweep, List<String> arguments) {

    static final String USAGE = """
            usage: java -jar bench/target/madoguchi-bench.jar [--rate 50] [--duration 30] [--preload 0]
                   [--scenario name] [--intake http://127.0.0.1:8081] [--bootstrap 127.0.0.1:9092]
                   [--kafka-secret var/secrets/kafka-bench.secret] [--results bench/results] [--home .]
                   [--grace 30]
                   or: [--sweep 200,400,800] [--duration 30] [--intake ...] [--results ...] [--scenario name]
              rate: per second, for each of the three phases (no-op endpoint, Kafka round trip, platform)
              duration, grace: seconds; preload: consultations posted (and decided) before the phases
              sweep: intake alone, no Kafka needed: at each rate the no-op endpoint, then the POST (p99 ≤ 50 ms?)""";

    private static final Set<String> NAMES = Set.of("rate", "duration", "preload", "scenario", "intake", "bootstrap",
            "kafka-secret", "results", "home", "grace", "sweep");

    BenchOptions {
        if (rate <= 0 || duration.isNegative() || duration.isZero() || preload < 0 || grace.isNegative()) {
            throw new IllegalArgumentException("rate and duration must be positive, preload and grace not negative");
        }
        if (!scenario.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("scenario: letters, digits, '.', '_' and '-' only (it names files)");
        }
        if (sweep.stream().anyMatch(r -> r <= 0)) {
            throw new IllegalArgumentException("sweep: positive rates only");
        }
        sweep = List.copyOf(sweep);
        arguments = List.copyOf(arguments);
    }

    static BenchOptions parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.put(name, value);
        }
        double rate = Double.parseDouble(values.getOrDefault("rate", "50"));
        int preload = Integer.parseInt(values.getOrDefault("preload", "0"));
        List<Double> sweep = values.containsKey("sweep")
                ? Arrays.stream(values.get("sweep").split(",")).map(String::trim).map(Double::valueOf).toList()
                : List.of();
        String defaultScenario = !sweep.isEmpty() ? "intake-sweep" : String.format(Locale.ROOT, "rate%s%s",
                trim(rate), preload > 0 ? "-preload" + preload : "");
        return new BenchOptions(rate,
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("duration", "30"))),
                preload,
                values.getOrDefault("scenario", defaultScenario),
                URI.create(values.getOrDefault("intake", "http://127.0.0.1:8081")),
                values.getOrDefault("bootstrap", "127.0.0.1:9092"),
                Path.of(values.getOrDefault("kafka-secret", "var/secrets/kafka-bench.secret")),
                Path.of(values.getOrDefault("results", "bench/results")),
                Path.of(values.getOrDefault("home", ".")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("grace", "30"))),
                sweep,
                args);
    }

    /** How many requests each phase sends. */
    long requestsPerPhase() {
        return Math.round(rate * duration.toMillis() / 1000.0);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
