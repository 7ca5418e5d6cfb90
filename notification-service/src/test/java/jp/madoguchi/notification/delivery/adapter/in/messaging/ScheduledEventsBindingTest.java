package jp.madoguchi.notification.delivery.adapter.in.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsumerGroup;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.notification.delivery.application.Deliveries;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.DeliveryStatus;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class ScheduledEventsBindingTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Deliveries deliveries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventJson eventJson;
    @Autowired
    MeterRegistry meters;

    @Test
    void aBookingIsRecordedOnceAndAnnouncedWithCloudEventsHeaders() {
        ScheduledSample sample = ScheduledSample.fresh();

        sample.send();

        List<Delivery> log = await().atMost(PATIENCE).until(() -> deliveries.ofConsultation(sample.consultationId),
                found -> !found.isEmpty());
        Delivery delivery = log.get(0);
        assertThat(log).hasSize(1);
        assertThat(delivery.purpose()).isEqualTo(NotificationPurpose.CONFIRMATION);
        assertThat(delivery.recipientRole()).isEqualTo(RecipientRole.OWNER);
        assertThat(delivery.channel()).isEqualTo(NotificationChannel.RECORD_ONLY);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.RECORDED);
        assertThat(delivery.causedByEventId()).isEqualTo(sample.eventId);

        ConsumerRecord<String, byte[]> announced = await().atMost(PATIENCE)
                .until(() -> published(sample.consultationId), records -> !records.isEmpty()).get(0);
        NotificationDelivered event = (NotificationDelivered) eventJson.read(EventType.NOTIFICATION_DELIVERED_V1,
                announced.value());
        assertThat(announced.key()).isEqualTo(sample.consultationId.toString());
        assertThat(PlatformKafka.header(announced, CloudEventHeaders.TYPE))
                .isEqualTo("jp.madoguchi.notification.delivered.v1");
        assertThat(PlatformKafka.header(announced, CloudEventHeaders.SOURCE))
                .isEqualTo("/madoguchi/notification-service");
        assertThat(PlatformKafka.header(announced, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(PlatformKafka.header(announced, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
        assertThat(PlatformKafka.header(announced, "__TypeId__")).isNull();
        assertThat(event.deliveryId()).isEqualTo(delivery.deliveryId());
        assertThat(event.causedByEventId()).isEqualTo(sample.eventId);
        assertThat(event.federationId()).isEqualTo("chiba");
        await().atMost(PATIENCE).until(() -> outboxOf(delivery).isEmpty());
    }

    @Test
    void theSameBookingTwiceGivesOneDeliveryAndOneAnnouncement() {
        ScheduledSample sample = ScheduledSample.fresh();
        double duplicatesBefore = duplicates();

        sample.send();
        sample.send();

        await().atMost(PATIENCE).until(() -> duplicates() > duplicatesBefore);
        List<Delivery> log = deliveries.ofConsultation(sample.consultationId);
        assertThat(log).hasSize(1);
        await().atMost(PATIENCE).until(() -> outboxOf(log.get(0)).isEmpty());
        assertThat(published(sample.consultationId)).hasSize(1);
    }

    @Test
    void aBodyThatIsNotItsRecordGoesToTheDeadLetterTopicAndNothingIsRecorded() {
        UUID consultationId = UUID.randomUUID();

        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId.toString(),
                Map.of(CloudEventHeaders.TYPE, EventType.CONSULTATION_SCHEDULED_V1.typeName(),
                        CloudEventHeaders.ID, UUID.randomUUID().toString()),
                "{\"eventId\": \"not-a-uuid\", ");

        List<ConsumerRecord<String, byte[]>> dead = await().atMost(PATIENCE).until(
                () -> PlatformKafka.recordsWithKey(ConsumerGroup.NOTIFICATION_SERVICE.deadLetterTopic(),
                        consultationId.toString()),
                records -> !records.isEmpty());
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).startsWith("{\"eventId\"");
        assertThat(deliveries.ofConsultation(consultationId)).isEmpty();
    }

    @Test
    void anEventTypeFromANewerProducerIsSkippedWithoutAnError() {
        ScheduledSample sample = ScheduledSample.fresh();
        String newerType = "jp.madoguchi.consultation.scheduled.v2";
        double skippedBefore = skipped(newerType);

        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), sample.consultationId.toString(),
                Map.of(CloudEventHeaders.TYPE, newerType, CloudEventHeaders.SPEC_VERSION, "1.0"), sample.body);

        await().atMost(PATIENCE).until(() -> skipped(newerType) > skippedBefore);
        assertThat(deliveries.ofConsultation(sample.consultationId)).isEmpty();
    }

    private double skipped(String typeName) {
        var counter = meters.find("madoguchi.events.skipped").tags("type", typeName).counter();
        return counter == null ? 0 : counter.count();
    }

    private static List<ConsumerRecord<String, byte[]>> published(UUID consultationId) {
        return PlatformKafka.recordsWithKey(Topic.NOTIFICATION_EVENTS.topicName(), consultationId.toString());
    }

    private List<?> outboxOf(Delivery delivery) {
        Document document = mongo.findById(delivery.deliveryId().toString(), Document.class, "deliveries");
        return document.getList("outbox", Object.class);
    }

    private double duplicates() {
        var counter = meters.find("madoguchi.events.consumed")
                .tags("type", EventType.CONSULTATION_SCHEDULED_V1.typeName(), "outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }

    /** The golden ConsultationScheduled with fresh ids, so tests sharing the broker and Mongo never meet. */
    private static final class ScheduledSample {
        final UUID eventId = UUID.randomUUID();
        final UUID consultationId = UUID.randomUUID();
        final UUID appointmentId = UUID.randomUUID();
        final String body;
        final Map<String, String> headers;

        private ScheduledSample() {
            ObjectNode golden = (ObjectNode) JSON.readTree(GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1));
            golden.put("eventId", eventId.toString());
            golden.put("consultationId", consultationId.toString());
            golden.put("appointmentId", appointmentId.toString());
            body = JSON.writeValueAsString(golden);
            ConsultationEvent event = JSON.readValue(body, EventType.CONSULTATION_SCHEDULED_V1.recordType());
            headers = CloudEventHeaders.of(event, "/madoguchi/scheduling-service");
        }

        static ScheduledSample fresh() {
            return new ScheduledSample();
        }

        void send() {
            PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId.toString(), headers, body);
        }
    }
}
