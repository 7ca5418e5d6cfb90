package jp.madoguchi.analytics.usage.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.analytics.usage.application.UsageReport;
import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class EventsBindingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UsageReport usageReport;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void aBookingThatArrivesBeforeItsRequestAndEverythingTwiceIsCountedOnce() {
        UUID consultationId = UUID.randomUUID();
        String chamberId = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Sample scheduled = Sample.of(EventType.CONSULTATION_SCHEDULED_V1, consultationId, Map.of());
        // 00:30 on 26 November in Tokyo, still the 25th in UTC: the report's days are Tokyo days.
        Sample requested = Sample.of(EventType.CONSULTATION_REQUESTED_V1, consultationId,
                Map.of("chamberId", chamberId, "occurredAt", "2026-11-25T15:30:00Z"));
        Sample delivered = Sample.of(EventType.NOTIFICATION_DELIVERED_V1, consultationId, Map.of());
        double requestDuplicatesBefore = duplicates(EventType.CONSULTATION_REQUESTED_V1);

        scheduled.send();
        scheduled.send();
        await().atMost(PATIENCE).until(() -> fact(consultationId).map(f -> f.getBoolean("scheduled")).orElse(false));
        assertThat(usageOf(chamberId, UsagePeriod.always())).isEmpty();

        requested.send();
        delivered.send();
        requested.send();
        delivered.send();

        await().atMost(PATIENCE).until(() -> usageOf(chamberId, UsagePeriod.always()).isPresent()
                && fact(consultationId).map(f -> f.containsKey("notificationsDelivered")).orElse(false));
        await().atMost(PATIENCE).until(() -> duplicates(EventType.CONSULTATION_REQUESTED_V1) > requestDuplicatesBefore);
        assertThat(usageOf(chamberId, UsagePeriod.always()))
                .contains(new ChamberUsage(chamberId, 1, 1, 0, 0, 0, 0));
        Document fact = fact(consultationId).orElseThrow();
        assertThat(fact.getList("notificationsDelivered", String.class)).containsExactly(delivered.eventId.toString());
        assertThat(fact.getString("outreachSource")).isEqualTo("FLYER");
        assertThat(fact.keySet()).doesNotContain("requesterId", "referenceCode", "consultantId");
        assertThat(fact.toJson()).doesNotContain(requested.field("requesterId"));

        LocalDate november26 = LocalDate.of(2026, 11, 26);
        assertThat(usageOf(chamberId, new UsagePeriod(november26, november26))).isPresent();
        assertThat(usageOf(chamberId, new UsagePeriod(null, november26.minusDays(1)))).isEmpty();
        assertThat(usageOf(chamberId, new UsagePeriod(november26.plusDays(1), null))).isEmpty();
    }

    @Test
    void aBodyThatIsNotItsRecordGoesToTheDeadLetterTopicAndNothingIsStored() {
        UUID consultationId = UUID.randomUUID();

        PlatformKafka.send(EventType.CONSULTATION_REQUESTED_V1.topic().topicName(), consultationId.toString(),
                Map.of(CloudEventHeaders.TYPE, EventType.CONSULTATION_REQUESTED_V1.typeName()),
                "[\"not\", \"a\", \"request\"]");

        await().atMost(PATIENCE).until(() -> PlatformKafka.recordsWithKey(
                ConsumerGroup.ANALYTICS_SERVICE.deadLetterTopic(), consultationId.toString()), r -> !r.isEmpty());
        assertThat(fact(consultationId)).isEmpty();
    }

    private double duplicates(EventType type) {
        var counter = meters.find("madoguchi.events.consumed").tags("type", type.typeName(), "outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private Optional<ChamberUsage> usageOf(String chamberId, UsagePeriod period) {
        List<ChamberUsage> chambers = usageReport.perChamber(period).chambers();
        return chambers.stream().filter(c -> c.chamberId().equals(chamberId)).findFirst();
    }

    private Optional<Document> fact(UUID consultationId) {
        return Optional.ofNullable(mongo.findById(consultationId.toString(), Document.class, "consultationFacts"));
    }

    /** A golden sample with a fresh event id and the test's consultation, as its producer would send it. */
    private static final class Sample {
        final EventType type;
        final UUID eventId = UUID.randomUUID();
        final UUID consultationId;
        final ObjectNode body;

        private Sample(EventType type, UUID consultationId, Map<String, String> overrides) {
            this.type = type;
            this.consultationId = consultationId;
            body = (ObjectNode) JSON.readTree(GoldenSamples.json(type));
            body.put("eventId", eventId.toString());
            body.put("consultationId", consultationId.toString());
            overrides.forEach(body::put);
        }

        static Sample of(EventType type, UUID consultationId, Map<String, String> overrides) {
            return new Sample(type, consultationId, overrides);
        }

        String field(String name) {
            return body.get(name).asString();
        }

        void send() {
            String json = JSON.writeValueAsString(body);
            ConsultationEvent event = JSON.readValue(json, type.recordType());
            PlatformKafka.send(type.topic().topicName(), consultationId.toString(),
                    CloudEventHeaders.of(event, "/madoguchi/test"), json);
        }
    }
}
