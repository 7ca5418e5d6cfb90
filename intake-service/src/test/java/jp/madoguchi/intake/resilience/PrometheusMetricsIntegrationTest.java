package jp.madoguchi.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.TestTokens;

/**
 * Issue #9: submissions counted by channel, source and outcome, nothing per person; every {@code madoguchi_*}
 * metric described, as a non-empty {@code # HELP} and as {@code promtool check metrics} sees it (when promtool is
 * installed; {@code .ci/run} installs it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class PrometheusMetricsIntegrationTest {

    private static final Pattern SAMPLE = Pattern.compile("^(madoguchi_intake_requests_total)\\{([^}]*)}.*$");

    @LocalServerPort
    int port;

    @Test
    void submissionsAreCountedByChannelSourceAndOutcomeWithNoOtherTag() {
        Calls calls = new Calls(port);
        String phone = "0475-45-" + (1000 + (int) (Math.random() * 8999));
        String body = RequestBodies.with(RequestBodies.PHONE, phone).replace("\"FLYER\"", "\"RADIO\"");
        String key = UUID.randomUUID().toString();
        assertThat(calls.postRequest(body, "Idempotency-Key", key).statusCode()).isEqualTo(201);
        assertThat(calls.postRequest(body, "Idempotency-Key", key).statusCode()).as("replayed").isEqualTo(201);
        assertThat(calls.postRequest(body).statusCode()).as("same owner and topic: a likely duplicate")
                .isEqualTo(201);
        assertThat(calls.postRequest(body.replace("\"ichinomiya\"", "\"nowhere\"")).statusCode()).isEqualTo(400);
        assertThat(calls.postRequest(body.replace("\"privacyConsent\":true", "\"privacyConsent\":false"))
                .statusCode()).isEqualTo(400);
        assertThat(calls.postRequest("{\"chamberId\":").statusCode()).isEqualTo(400);
        String otherPhone = "0475-46-" + (1000 + (int) (Math.random() * 8999));
        String phoneIntake = RequestBodies.with(RequestBodies.PHONE, otherPhone).replace("\"WEB\"", "\"PHONE\"");
        assertThat(calls.postRequest(phoneIntake, "Authorization", TestTokens.federationStaff().bearer())
                .statusCode()).isEqualTo(201);

        Map<String, Double> counts = requestCounts(scrape());

        assertThat(counts).containsKeys(
                "channel=WEB,source=RADIO,outcome=accepted",
                "channel=WEB,source=RADIO,outcome=replayed",
                "channel=WEB,source=RADIO,outcome=duplicate",
                "channel=WEB,source=RADIO,outcome=rejected_unknown_chamber",
                "channel=WEB,source=unknown,outcome=rejected_malformed",
                "channel=PHONE,source=FLYER,outcome=accepted");
        assertThat(counts.keySet()).anyMatch(tags -> tags.startsWith("channel=WEB,source=RADIO,outcome=rejected_"));
        assertThat(counts.keySet()).as("bounded values only").allMatch(tags -> tags.matches(
                "channel=(WEB|PHONE|CHAMBER_ADVISOR|unknown),source=([A-Z_]+|unknown),outcome=[a-z_]+"));
    }

    @Test
    void everyMadoguchiMetricHasANonEmptyHelpLine() {
        List<String> lines = scrape().lines().toList();
        Map<String, String> help = new HashMap<>();
        List<String> types = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("# HELP madoguchi_")) {
                String[] parts = line.split(" ", 4);
                help.put(parts[2], parts.length > 3 ? parts[3].strip() : "");
            } else if (line.startsWith("# TYPE madoguchi_")) {
                types.add(line.split(" ")[2]);
            }
        }
        assertThat(types).as("the scrape has madoguchi metrics").isNotEmpty();
        for (String family : types) {
            assertThat(help.get(family)).as("# HELP of %s", family).isNotBlank();
        }
        for (String line : lines) {
            if (line.startsWith("madoguchi_")) {
                String name = line.split("[{ ]", 2)[0];
                assertThat(types).as("family of %s", name).anyMatch(name::startsWith);
            }
        }
    }

    @Test
    void promtoolFindsNothingInOurMetrics() throws Exception {
        Path promtool = onPath("promtool");
        assumeTrue(promtool != null, "promtool is not installed (Debian: apt-get install prometheus; .ci/run does)");
        Path scrape = Files.createTempFile("intake-metrics", ".prom");
        Files.writeString(scrape, scrape(), StandardCharsets.UTF_8);
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics")
                .redirectInput(scrape.toFile()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.delete(scrape);

        assertThat(output.lines().filter(line -> line.contains("madoguchi_")).toList())
                .as("promtool check metrics on our metrics").isEmpty();
    }

    private String scrape() {
        var answer = new Calls(port).get("/actuator/prometheus", "Authorization", TestTokens.operator().bearer());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** {@code channel=…,source=…,outcome=…} of every sample of the counter (other labels must be only these). */
    private static Map<String, Double> requestCounts(String scrape) {
        Map<String, Double> counts = new HashMap<>();
        scrape.lines().map(SAMPLE::matcher).filter(Matcher::matches).forEach(sample -> {
            Map<String, String> labels = new HashMap<>();
            for (String label : sample.group(2).split(",")) {
                String[] kv = label.split("=", 2);
                labels.put(kv[0], kv[1].replace("\"", ""));
            }
            assertThat(labels.keySet()).as("labels of %s", sample.group(0))
                    .containsExactlyInAnyOrder("application", "channel", "source", "outcome");
            String line = sample.group(0);
            counts.put("channel=" + labels.get("channel") + ",source=" + labels.get("source") + ",outcome="
                    + labels.get("outcome"), Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
        });
        return counts;
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        try (Stream<String> dirs = Stream.of(path.split(File.pathSeparator))) {
            return dirs.map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst().orElse(null);
        }
    }
}
