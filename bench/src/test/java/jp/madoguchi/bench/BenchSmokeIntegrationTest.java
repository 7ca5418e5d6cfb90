package jp.madoguchi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import jp.madoguchi.broker.KafkaLogin;
import jp.madoguchi.broker.PlatformKafkaNode;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Topic;

/**
 * The harness's smoke run (issue #8): does it work, not how fast. The platform's Kafka node, with the bench
 * principal devstack declares, and a stub intake that accepts every POST and publishes a decision for it as
 * scheduling-service would; a short run at a low rate. Only counts are asserted: every request sent and answered,
 * every decision and round-trip record matched, the result files written. Nothing here depends on timing.
 */
class BenchSmokeIntegrationTest {

    private static final String HOST = "127.0.0.1";
    private static final String BENCH_PASSWORD = "bench-smoke-password";
    private static final int RATE = 20;
    private static final int SECONDS = 1;
    private static final int PRELOAD = 5;

    private static PlatformKafkaNode kafka;
    private static KafkaProducer<String, String> scheduling;
    private static HttpServer intake;
    private static ExecutorService intakeThreads;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startKafkaAndStubIntake() throws IOException {
        kafka = PlatformKafkaNode.start(HOST, freePort(), freePort(), dir.resolve("kafka"), "smoke-admin-password");
        Map<ServiceAccount, String> passwords = new EnumMap<>(ServiceAccount.class);
        for (ServiceAccount account : ServiceAccount.values()) {
            passwords.put(account, account.userName() + "-smoke-password");
        }
        kafka.declare(passwords);
        kafka.declareBench(BENCH_PASSWORD);
        scheduling = new KafkaProducer<>(new KafkaLogin(ServiceAccount.SCHEDULING.userName(),
                passwords.get(ServiceAccount.SCHEDULING)).scramClient(kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());

        intake = HttpServer.create(new InetSocketAddress(HOST, 0), 0);
        intakeThreads = Executors.newFixedThreadPool(4);
        intake.setExecutor(intakeThreads);
        intake.createContext(IntakeClient.CONSULTATION_REQUESTS, BenchSmokeIntegrationTest::acceptAndDecide);
        intake.createContext(IntakeClient.LIVENESS, exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        intake.start();
    }

    @AfterAll
    static void stop() {
        intake.stop(0);
        intakeThreads.shutdownNow();
        scheduling.close();
        kafka.close();
    }

    @Test
    void aShortRunSendsAnswersAndMatchesEveryRequestAndWritesItsResult() throws Exception {
        Path secret = Files.writeString(dir.resolve("kafka-bench.secret"), BENCH_PASSWORD + "\n");
        Path results = dir.resolve("results");
        BenchOptions options = BenchOptions.parse(List.of("--rate", String.valueOf(RATE),
                "--duration", String.valueOf(SECONDS), "--preload", String.valueOf(PRELOAD), "--scenario", "smoke",
                "--intake", "http://" + HOST + ":" + intake.getAddress().getPort(),
                "--bootstrap", kafka.bootstrapServers(), "--kafka-secret", secret.toString(),
                "--results", results.toString(), "--home", dir.toString(), "--grace", "20"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        ResultFiles.Written written = Bench.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));

        long perPhase = (long) RATE * SECONDS;
        JsonNode report = JsonMapper.builder().build().readTree(Files.readString(written.json()));
        assertThat(report.at("/preload/outcomes/201").asLong()).isEqualTo(PRELOAD);
        assertThat(report.at("/preload/decided").asLong()).isEqualTo(PRELOAD);
        for (String phase : List.of("noOp", "kafka", "platform")) {
            assertThat(report.at("/" + phase + "/sent").asLong()).as(phase).isEqualTo(perPhase);
            assertThat(report.at("/" + phase + "/latency/count").asLong()).as(phase).isEqualTo(perPhase);
        }
        assertThat(report.at("/noOp/outcomes/200").asLong()).isEqualTo(perPhase);
        assertThat(report.at("/kafka/outcomes/acked").asLong()).isEqualTo(perPhase);
        assertThat(report.at("/kafka/endToEnd/arrivedByType/round-trip").asLong()).isEqualTo(perPhase);
        assertThat(report.at("/kafka/endToEnd/missing").asLong()).isZero();
        assertThat(report.at("/platform/outcomes/201").asLong()).isEqualTo(perPhase);
        assertThat(report.at("/platform/endToEnd/arrivedByType/scheduled").asLong()).isEqualTo(perPhase);
        assertThat(report.at("/platform/endToEnd/missing").asLong()).isZero();
        assertThat(report.at("/command").asString()).contains("--rate " + RATE, "--scenario smoke");
        assertThat(written.markdown().getFileName().toString()).endsWith("-smoke.md");
        assertThat(Files.readString(written.markdown())).contains("# Benchmark smoke", "| POST p99 / no-op p99 |");
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("preload: done, " + PRELOAD + " accepted, " + PRELOAD + " decided");
    }

    /** Intake's 201 and, a moment later, scheduling's decision for the same consultation. */
    private static void acceptAndDecide(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String consultationId = UUID.randomUUID().toString();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TYPE,
                EventType.CONSULTATION_SCHEDULED_V1.typeName().getBytes(StandardCharsets.UTF_8));
        answer(exchange, 201, "{\"consultationId\":\"" + consultationId + "\",\"status\":\"RECEIVED\"}");
        scheduling.send(new ProducerRecord<>(Topic.SCHEDULING_EVENTS.topicName(), null, consultationId, "{}", headers));
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }
}
