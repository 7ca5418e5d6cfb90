package jp.madoguchi.scheduling.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.testsupport.PlatformKafka;

/** Sends to and reads from the shared embedded broker as other services would. */
public final class Platform {

    private Platform() {
    }

    /** The golden sample of a type with fresh event and consultation ids (tests share the broker). */
    public static String golden(EventType type, UUID consultationId) {
        return GoldenSamples.json(type)
                .replaceFirst("\"eventId\"\\s*:\\s*\"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"")
                .replaceFirst("\"consultationId\"\\s*:\\s*\"[^\"]+\"", "\"consultationId\": \"" + consultationId + "\"");
    }

    public static void send(KafkaTemplate<String, byte[]> kafka, String topic, UUID key, String typeName, byte[] value)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key.toString(), value);
        if (typeName != null) {
            record.headers().add(CloudEventHeaders.TYPE, typeName.getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SOURCE, "/madoguchi/intake-service".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).get(10, TimeUnit.SECONDS);
    }

    /** Every record with that key on the topic so far. */
    public static List<ConsumerRecord<String, byte[]>> records(String topic, UUID key) {
        return PlatformKafka.recordsWithKey(topic, key.toString());
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        return PlatformKafka.header(record, name);
    }

    public static List<ConsumerRecord<String, byte[]>> ofType(List<ConsumerRecord<String, byte[]>> records, EventType type) {
        return records.stream().filter(r -> type.typeName().equals(header(r, CloudEventHeaders.TYPE))).toList();
    }
}
