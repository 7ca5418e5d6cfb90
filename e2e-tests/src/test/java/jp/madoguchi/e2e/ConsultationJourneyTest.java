package jp.madoguchi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.TestTokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A consultation request travels intake → scheduling → notification → analytics, seen only from outside. */
@ExtendWith(OutputCaptureExtension.class)
class ConsultationJourneyTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(30);

    private static final TestTokens.Token STAFF = TestTokens.federationStaff();
    private static final TestTokens.Token ANALYST = TestTokens.analyst();

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static RunningPlatform platform;

    @BeforeAll
    static void startPlatform() {
        platform = RunningPlatform.withTestIssuer();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aWebRequestIsScheduledNotifiedAndCounted() {
        HttpResponse<String> created = post(platform.intake.uri("/api/v1/consultation-requests"), """
                {"chamberId":"ichinomiya","channel":"WEB",
                 "requester":{"name":"山田 太郎","businessName":"山田商店","phone":"0475-42-1234","email":"taro@example.jp"},
                 "topic":"FINANCE","preferredMode":"PHONE","preferredDays":[],
                 "description":"資金繰りについて相談したいです。","outreachSource":"FLYER","campaignCode":"FLYER-2026-AUTUMN",
                 "membership":"MEMBER","privacyConsent":true,"privacyNoticeVersion":"2026-12","outcomeSharedWithChamber":false}
                """);
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode receipt = json.readTree(created.body());
        String consultationId = receipt.get("consultationId").asString();
        String statusToken = receipt.get("statusToken").asString();
        assertThat(receipt.get("referenceCode").asString()).isNotBlank();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/consultation-requests/" + consultationId));

        JsonNode status = await().atMost(FLOW_TIMEOUT).until(
                () -> getJson(platform.intake.uri("/api/v1/consultation-requests/" + consultationId),
                        "X-Status-Token", statusToken),
                view -> "SCHEDULED".equals(view.path("status").asString()));
        JsonNode appointment = status.get("appointment");
        Instant startsAt = Instant.parse(appointment.get("startsAt").asString());
        LocalDate localDate = LocalDate.parse(appointment.get("localDate").asString());
        LocalTime localStart = LocalTime.parse(appointment.get("localStartTime").asString());
        assertThat(startsAt.atZone(TOKYO).toLocalDate()).isEqualTo(localDate);
        assertThat(localDate.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(localStart).isBetween(LocalTime.of(9, 30), LocalTime.of(14, 30));
        assertThat(appointment.get("mode").asString()).isEqualTo("PHONE");

        List<JsonNode> appointments = elements(getJson(STAFF, platform.scheduling.uri("/api/v1/appointments?consultationId=" + consultationId)));
        assertThat(appointments).singleElement().satisfies(booked -> {
            assertThat(booked.get("appointmentId").asString()).isEqualTo(appointment.get("appointmentId").asString());
            assertThat(Instant.parse(booked.get("startsAt").asString())).isEqualTo(startsAt);
        });

        List<JsonNode> deliveries = await().atMost(FLOW_TIMEOUT).until(
                () -> elements(getJson(STAFF, platform.notification.uri("/api/v1/deliveries?consultationId=" + consultationId))),
                found -> !found.isEmpty());
        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.get("purpose").asString()).isEqualTo("CONFIRMATION");
            assertThat(delivery.get("recipientRole").asString()).isEqualTo("OWNER");
        });

        JsonNode usage = await().atMost(FLOW_TIMEOUT).until(
                () -> chamberUsage("ichinomiya"),
                row -> row.path("requested").asInt() == 1 && row.path("scheduled").asInt() == 1);
        assertThat(usage.get("chamberId").asString()).isEqualTo("ichinomiya");

        // Every business metric the journey touched says what it counts (Prometheus HELP text).
        for (RunningPlatform.Service service : List.of(platform.intake, platform.scheduling, platform.notification,
                platform.analytics)) {
            HttpResponse<String> scrape = send(HttpRequest.newBuilder(service.uri("/actuator/prometheus"))
                    .header("Authorization", TestTokens.operator().bearer()).GET().build());
            assertThat(scrape.statusCode()).isEqualTo(200);
            List<String> metrics = scrape.body().lines().filter(line -> line.startsWith("# TYPE madoguchi_"))
                    .map(line -> line.split(" ")[2]).toList();
            List<String> described = scrape.body().lines().filter(line -> line.startsWith("# HELP madoguchi_"))
                    .map(line -> line.split(" ", 4)).filter(parts -> parts.length == 4 && !parts[3].isBlank())
                    .map(parts -> parts[2]).toList();
            assertThat(metrics).as(service.name()).isNotEmpty();
            assertThat(described).as("madoguchi metrics of %s with a description", service.name())
                    .containsExactlyInAnyOrderElementsOf(metrics);
        }
    }

    @Test
    void oneTraceIdFollowsTheRequestThroughEveryHopAndEveryServicesLog(CapturedOutput output) {
        String traceId = hex(16);
        // Another chamber than the journey above: each test reads its own chamber's counts.
        HttpResponse<String> created = send(HttpRequest.newBuilder(platform.intake.uri("/api/v1/consultation-requests"))
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"chamberId":"yachimata","channel":"WEB",
                         "requester":{"name":"佐藤 花子","businessName":"佐藤商店","phone":"043-443-0000","email":"hanako@example.jp"},
                         "topic":"SUCCESSION","preferredMode":"PHONE","preferredDays":[],
                         "description":"事業承継について相談したいです。","outreachSource":"FLYER","campaignCode":null,
                         "membership":"MEMBER","privacyConsent":true,"privacyNoticeVersion":"2026-12","outcomeSharedWithChamber":false}
                        """, StandardCharsets.UTF_8))
                .build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String consultationId = json.readTree(created.body()).get("consultationId").asString();

        ConsumerRecord<String, byte[]> delivered = await().atMost(FLOW_TIMEOUT).until(
                () -> PlatformKafka.recordsWithKey(Topic.NOTIFICATION_EVENTS.topicName(), consultationId),
                found -> !found.isEmpty()).get(0);
        assertThat(traceIdOf(delivered)).isEqualTo(traceId);
        assertThat(PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), consultationId))
                .extracting(ConsultationJourneyTest::traceIdOf).containsOnly(traceId);
        assertThat(PlatformKafka.recordsWithKey(Topic.SCHEDULING_EVENTS.topicName(), consultationId))
                .filteredOn(r -> EventType.CONSULTATION_SCHEDULED_V1.typeName()
                        .equals(PlatformKafka.header(r, CloudEventHeaders.TYPE)))
                .extracting(ConsultationJourneyTest::traceIdOf).containsExactly(traceId);

        // What an operator greps for: the lines each service logged while handling this consultation.
        List<String> loggers = await().atMost(FLOW_TIMEOUT).until(() -> output.getOut().lines()
                .filter(line -> line.startsWith("{") && line.contains(consultationId))
                .map(json::readTree)
                .filter(line -> traceId.equals(line.path("trace.id").asString()))
                .map(line -> line.path("log").path("logger").asString())
                .toList(), found -> found.stream().anyMatch(l -> l.startsWith("jp.madoguchi.analytics.")));
        assertThat(loggers).anyMatch(l -> l.startsWith("jp.madoguchi.intake."))
                .anyMatch(l -> l.startsWith("jp.madoguchi.scheduling."))
                .anyMatch(l -> l.startsWith("jp.madoguchi.notification."))
                .anyMatch(l -> l.startsWith("jp.madoguchi.analytics."));
    }

    private static String traceIdOf(ConsumerRecord<String, byte[]> record) {
        String traceparent = PlatformKafka.header(record, "traceparent");
        return traceparent == null ? null : traceparent.split("-")[1];
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Test
    void aRequestDeliveredTwiceOverKafkaBooksOneAppointmentAndSendsOneConfirmation() {
        ConsultationRequested requested = new ConsultationRequested(
                UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "chiba", "MD-E2E0-DUP2", UUID.randomUUID(),
                "oamishirasato", RequestChannel.PHONE, ConsultationTopic.SUBSIDY, ConsultationMode.WEB_MEETING,
                List.of(), OutreachSource.RADIO, null, Membership.NON_MEMBER, false,
                RequestOrigin.FEDERATION_STAFF, null, null, null, null);
        String consultationId = requested.consultationId().toString();
        double duplicatesBefore = duplicatesSeenByScheduling();

        for (int delivery = 0; delivery < 2; delivery++) {
            PlatformKafka.send(Topic.INTAKE_EVENTS.topicName(), CloudEventHeaders.kafkaKey(requested),
                    CloudEventHeaders.of(requested, "/madoguchi/intake-service"), json.writeValueAsBytes(requested));
        }

        await().atMost(FLOW_TIMEOUT).until(() -> duplicatesSeenByScheduling() > duplicatesBefore);
        await().atMost(FLOW_TIMEOUT).until(
                () -> elements(getJson(STAFF, platform.notification.uri("/api/v1/deliveries?consultationId=" + consultationId))),
                found -> !found.isEmpty());
        await().atMost(FLOW_TIMEOUT).until(
                () -> chamberUsage("oamishirasato"),
                row -> row.path("requested").asInt() == 1 && row.path("scheduled").asInt() == 1);

        assertThat(elements(getJson(STAFF, platform.scheduling.uri("/api/v1/appointments?consultationId=" + consultationId))))
                .hasSize(1);
        assertThat(elements(getJson(STAFF, platform.notification.uri("/api/v1/deliveries?consultationId=" + consultationId))))
                .hasSize(1);
    }

    /** Read from the scheduling service's own metrics endpoint, as an operator would. */
    private static double duplicatesSeenByScheduling() {
        HttpResponse<String> response = get(platform.scheduling.uri(
                "/actuator/metrics/madoguchi.events.consumed?tag=outcome:duplicate"),
                "Authorization", TestTokens.operator().bearer());
        if (response.statusCode() == 404) {
            return 0;
        }
        return StreamSupport.stream(json.readTree(response.body()).get("measurements").spliterator(), false)
                .filter(measurement -> "COUNT".equals(measurement.get("statistic").asString()))
                .mapToDouble(measurement -> measurement.get("value").asDouble())
                .sum();
    }

    private static JsonNode chamberUsage(String chamberId) {
        return elements(getJson(ANALYST, platform.analytics.uri("/api/v1/analytics/chambers/usage")).get("chambers")).stream()
                .filter(row -> chamberId.equals(row.get("chamberId").asString()))
                .findFirst()
                .orElse(json.createObjectNode());
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static JsonNode getJson(TestTokens.Token caller, URI uri) {
        return getJson(uri, "Authorization", caller.bearer());
    }

    private static JsonNode getJson(URI uri, String header, String value) {
        HttpResponse<String> response = get(uri, header, value);
        assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static HttpResponse<String> get(URI uri, String header, String value) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").header(header, value).GET().build());
    }

    private static HttpResponse<String> post(URI uri, String body) {
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP call failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
