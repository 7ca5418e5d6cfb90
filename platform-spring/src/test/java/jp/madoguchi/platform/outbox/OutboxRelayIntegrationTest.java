package jp.madoguchi.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.broker.ServiceAccount;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsultationWaitlisted;
import jp.madoguchi.events.Topic;
import jp.madoguchi.events.WaitlistReason;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.platform.tracing.CurrentTrace;
import jp.madoguchi.testsupport.EmbeddedPlatform;
import jp.madoguchi.testsupport.PlatformKafka;

/** The relay against the real embedded broker and Mongo wire server, one pass at a time. */
class OutboxRelayIntegrationTest {

    private final String collectionName = "outboxRelayTest" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration RETRY_DELAY = Duration.ofSeconds(5);

    private final MongoClient client = MongoClients.create(EmbeddedPlatform.get().mongoUri("platform"));
    private final AtomicBoolean crashAfterNextSend = new AtomicBoolean();
    private final MongoTemplate mongo = new CrashingMongoTemplate(client, crashAfterNextSend);
    private final DefaultKafkaProducerFactory<String, byte[]> producers = new DefaultKafkaProducerFactory<>(
            schedulingProducer());
    private final EventJson json = new EventJson();

    /** The relay runs as the service whose events it publishes here: scheduling (waitlisted). */
    private static Map<String, Object> schedulingProducer() {
        Map<String, Object> settings = new HashMap<>(EmbeddedPlatform.get().kafkaClient(ServiceAccount.SCHEDULING));
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        // An undeclared topic fails fast instead of blocking for a minute.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1500);
        return settings;
    }
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private Instant now = Instant.parse("2026-12-02T01:00:00Z");
    private final OutboxRelay relay = new OutboxRelay(mongo, new KafkaTemplate<>(producers), json,
            new OutboxProperties(true, "/madoguchi/platform-test", List.of(collectionName), 100, Duration.ofMillis(200),
                    Duration.ofSeconds(5), RETRY_DELAY, Duration.ofSeconds(30)),
            new Clock() {
                @Override
                public Instant instant() {
                    return now;
                }

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            }, meters);
    private final Outbox outbox = new Outbox(json, CurrentTrace.none(), relay);

    @AfterEach
    void close() {
        producers.destroy();
        client.close();
    }

    @Test
    void aPoisonEntryIsParkedAndBlocksNoOtherConsultation() {
        UUID withPoison = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ConsultationEvent afterPoison = waitlisted(withPoison);
        Document unknownType = outbox.entry(waitlisted(withPoison)).append("type", "jp.madoguchi.no-such-type.v1");
        Document unreadable = outbox.entry(waitlisted(withPoison)).append("payload", "{not json");
        insert(withPoison, List.of(unknownType, unreadable, outbox.entry(afterPoison)));
        ConsultationEvent otherEvent = waitlisted(other);
        insert(other, outbox.entries(List.of(otherEvent)));

        assertThat(relay.publishPending()).isZero();

        assertThat(eventIds(withPoison)).containsExactly(afterPoison.eventId().toString());
        assertThat(eventIds(other)).containsExactly(otherEvent.eventId().toString());
        Document stored = collection().find(new Document("_id", withPoison.toString())).first();
        assertThat(stored.getList(OutboxEntry.FIELD, Document.class)).isEmpty();
        assertThat(stored.getList(OutboxEntry.PARKED, Document.class))
                .extracting(entry -> entry.getString(OutboxEntry.EVENT_ID))
                .containsExactly(unknownType.getString(OutboxEntry.EVENT_ID), unreadable.getString(OutboxEntry.EVENT_ID));
        assertThat(stored.getList(OutboxEntry.PARKED, Document.class))
                .allSatisfy(entry -> assertThat(entry.getString(OutboxEntry.PARKED_REASON)).isNotBlank());
        assertThat(meters.get("madoguchi.outbox.parked").counters().stream().mapToDouble(c -> c.count()).sum())
                .isEqualTo(2.0);
    }

    @Test
    void aDocumentsEntriesGoOutInTheOrderTheyWereWritten() {
        UUID consultationId = UUID.randomUUID();
        List<ConsultationEvent> events = List.of(waitlisted(consultationId), waitlisted(consultationId),
                waitlisted(consultationId), waitlisted(consultationId));
        insert(consultationId, outbox.entries(events));

        relay.publishPending();

        assertThat(eventIds(consultationId))
                .containsExactlyElementsOf(events.stream().map(e -> e.eventId().toString()).toList());
        assertThat(PlatformKafka.header(records(consultationId).get(0), CloudEventHeaders.SOURCE))
                .isEqualTo("/madoguchi/platform-test");
    }

    @Test
    void aFailedSendHoldsBackOnlyItsOwnDocumentAndIsRetriedLaterInOrder() {
        UUID stuck = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        ConsultationEvent first = waitlisted(stuck);
        ConsultationEvent second = waitlisted(stuck);
        Document undeliverable = outbox.entry(first).append(OutboxEntry.TOPIC, "madoguchi.not-declared");
        insert(stuck, List.of(undeliverable, outbox.entry(second)));
        insert(other, outbox.entries(List.of(waitlisted(other))));

        assertThat(relay.publishPending()).isEqualTo(2);
        assertThat(eventIds(other)).hasSize(1);
        assertThat(records(stuck)).isEmpty();
        assertThat(meters.get("madoguchi.outbox.failures").counter().count()).isEqualTo(1.0);

        // The broker's topic appears (here: the entry is pointed at a declared one); within the delay nothing is tried.
        collection().updateOne(new Document("_id", stuck.toString()),
                new Document("$set", new Document(OutboxEntry.FIELD + ".0." + OutboxEntry.TOPIC,
                        Topic.SCHEDULING_EVENTS.topicName())));
        assertThat(relay.publishPending()).isEqualTo(2);
        assertThat(records(stuck)).isEmpty();

        now = now.plus(RETRY_DELAY);
        assertThat(relay.publishPending()).isZero();
        assertThat(eventIds(stuck)).containsExactly(first.eventId().toString(), second.eventId().toString());
    }

    @Test
    void documentsWaitingForTheirRetryDoNotFillTheNextBatch() {
        OutboxRelay oneAtATime = new OutboxRelay(mongo, new KafkaTemplate<>(producers), json,
                new OutboxProperties(true, "/madoguchi/platform-test", List.of(collectionName), 1,
                        Duration.ofMillis(200), Duration.ofSeconds(5), RETRY_DELAY, Duration.ofSeconds(30)),
                Clock.fixed(now, ZoneOffset.UTC), meters);
        UUID stuck = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        insert(stuck, List.of(outbox.entry(waitlisted(stuck)).append(OutboxEntry.TOPIC, "madoguchi.not-declared")));
        insert(next, outbox.entries(List.of(waitlisted(next))));

        oneAtATime.publishPending();
        oneAtATime.publishPending();

        assertThat(eventIds(next)).hasSize(1);
        assertThat(records(stuck)).isEmpty();
    }

    @Test
    void aRemovalThatFailedAfterTheAckIsDoneAtTheNextTryWithoutSendingTheEntryAgain() {
        UUID consultationId = UUID.randomUUID();
        ConsultationEvent event = waitlisted(consultationId);
        insert(consultationId, outbox.entries(List.of(event)));

        crashAfterNextSend.set(true);
        assertThat(relay.publishPending()).isEqualTo(1);
        assertThat(eventIds(consultationId)).containsExactly(event.eventId().toString());

        now = now.plus(RETRY_DELAY);
        assertThat(relay.publishPending()).isZero();
        assertThat(eventIds(consultationId)).containsExactly(event.eventId().toString());
        assertThat(collection().find(new Document("_id", consultationId.toString())).first()
                .getList(OutboxEntry.FIELD, Document.class)).isEmpty();
    }

    @Test
    void aCrashBetweenTheAckAndTheRemovalSendsTheEntryAgainAfterTheRestart() {
        UUID consultationId = UUID.randomUUID();
        ConsultationEvent event = waitlisted(consultationId);
        insert(consultationId, outbox.entries(List.of(event)));
        crashAfterNextSend.set(true);
        relay.publishPending();

        OutboxRelay restarted = new OutboxRelay(mongo, new KafkaTemplate<>(producers), json,
                new OutboxProperties(true, "/madoguchi/platform-test", List.of(collectionName), 100,
                        Duration.ofMillis(200), Duration.ofSeconds(5), RETRY_DELAY, Duration.ofSeconds(30)),
                Clock.fixed(now, ZoneOffset.UTC), meters);
        assertThat(restarted.publishPending()).isZero();
        // At least once: the same event, same ce_id, twice; consumers drop the second by its id.
        assertThat(eventIds(consultationId)).containsExactly(event.eventId().toString(), event.eventId().toString());
    }

    @Test
    void theLagGaugesCountWhatIsHeldBackAndHowOldItIs() {
        UUID stuck = UUID.randomUUID();
        insert(stuck, List.of(outbox.entry(waitlisted(stuck)).append(OutboxEntry.TOPIC, "madoguchi.not-declared"),
                outbox.entry(waitlisted(stuck))));

        relay.publishPending();
        now = now.plusSeconds(90);

        assertThat(meters.get("madoguchi.outbox.lag").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("madoguchi.outbox.oldest.age").gauge().value()).isGreaterThanOrEqualTo(90.0);

        collection().deleteOne(new Document("_id", stuck.toString()));
        now = now.plus(RETRY_DELAY);
        relay.publishPending();
        assertThat(meters.get("madoguchi.outbox.lag").gauge().value()).isZero();
        assertThat(meters.get("madoguchi.outbox.oldest.age").gauge().value()).isZero();
    }

    @Test
    void aWrittenDocumentIsRelayedByItsIdBetweenSweepsAndAnUnnamedOneAtTheNextSweep() {
        relay.publishPending();
        UUID named = UUID.randomUUID();
        UUID unnamed = UUID.randomUUID();
        outbox.insertNew(collection(), new Document("_id", named.toString())
                .append(OutboxEntry.FIELD, outbox.entries(List.of(waitlisted(named)))));
        insert(unnamed, outbox.entries(List.of(waitlisted(unnamed))));

        assertThat(relay.publishPending()).isZero();
        assertThat(eventIds(named)).hasSize(1);
        assertThat(collection().find(new Document("_id", unnamed.toString())).first()
                .getList(OutboxEntry.FIELD, Document.class)).as("not swept before its time").hasSize(1);

        now = now.plus(Duration.ofSeconds(30));
        relay.publishPending();
        assertThat(eventIds(unnamed)).hasSize(1);
    }

    @Test
    void manyDocumentsGoOutInOnePassAndEachKeepsItsOrder() {
        List<UUID> ids = new ArrayList<>();
        List<List<String>> written = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            UUID id = UUID.randomUUID();
            List<ConsultationEvent> events = List.of(waitlisted(id), waitlisted(id), waitlisted(id));
            outbox.insertNew(collection(), new Document("_id", id.toString())
                    .append(OutboxEntry.FIELD, outbox.entries(events)));
            ids.add(id);
            written.add(events.stream().map(e -> e.eventId().toString()).toList());
        }

        assertThat(relay.publishPending()).isZero();

        for (int i = 0; i < ids.size(); i++) {
            // Acknowledged by all replicas before publishPending returned: every record is below the end offsets.
            assertThat(eventIds(ids.get(i))).containsExactlyElementsOf(written.get(i));
        }
    }

    private ConsultationWaitlisted waitlisted(UUID consultationId) {
        return new ConsultationWaitlisted(UUID.randomUUID(), now, consultationId, "chiba",
                WaitlistReason.NO_SLOT_IN_HORIZON);
    }

    private void insert(UUID id, List<Document> entries) {
        collection().insertOne(new Document("_id", id.toString()).append(OutboxEntry.FIELD, new ArrayList<>(entries)));
    }

    private MongoCollection<Document> collection() {
        return client.getDatabase("platform").getCollection(collectionName);
    }

    private List<ConsumerRecord<String, byte[]>> records(UUID key) {
        return PlatformKafka.recordsWithKey(Topic.SCHEDULING_EVENTS.topicName(), key.toString());
    }

    /** The ce_id of every record with this key, once the expected sends have arrived. */
    private List<String> eventIds(UUID key) {
        await().atMost(Duration.ofSeconds(10)).until(() -> !records(key).isEmpty());
        return records(key).stream().map(record -> PlatformKafka.header(record, CloudEventHeaders.ID)).toList();
    }

    /**
     * Mongo as the relay sees it, except that the first removal after {@code crash} is set fails as if the process
     * had died between the broker's ack and the {@code $pull}.
     */
    private static final class CrashingMongoTemplate extends MongoTemplate {

        private final AtomicBoolean crash;

        CrashingMongoTemplate(MongoClient client, AtomicBoolean crash) {
            super(client, "platform");
            this.crash = crash;
        }

        @Override
        @SuppressWarnings("unchecked")
        public MongoCollection<Document> getCollection(String name) {
            MongoCollection<Document> real = super.getCollection(name);
            return (MongoCollection<Document>) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("updateOne") && crash.compareAndSet(true, false)) {
                            throw new IllegalStateException("process died after the ack");
                        }
                        try {
                            return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
