package jp.madoguchi.scheduling.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

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

    /**
     * Sends as the service that owns the topic (intake for its events): scheduling's own Kafka user may not write
     * intake's topic. Without a type, the record has no CloudEvents headers at all.
     */
    public static void send(String topic, UUID key, String typeName, byte[] value) {
        Map<String, String> headers = typeName == null ? Map.of() : Map.of(
                CloudEventHeaders.TYPE, typeName,
                CloudEventHeaders.ID, UUID.randomUUID().toString(),
                CloudEventHeaders.SOURCE, "/madoguchi/intake-service",
                CloudEventHeaders.SPEC_VERSION, "1.0");
        PlatformKafka.send(topic, key.toString(), headers, value);
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
