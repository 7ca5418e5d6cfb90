package jp.madoguchi.scheduling.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * Publishes pending outbox entries to Kafka with CloudEvents headers, waits for the broker's ack, then
 * removes the entry. At least once: a crash between ack and removal publishes the entry again, and
 * consumers are idempotent. Entries of one document go in order and a failure stops that pass, so a
 * consultation's events never overtake each other. An entry's stored {@code traceparent} (absent on entries
 * written before tracing) goes out as the record's W3C header, so the trace of the write continues downstream.
 */
@Component
public class OutboxRelay implements DisposableBean {

    public static final String SOURCE = "/madoguchi/scheduling-service";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;
    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventJson json;
    private final List<OutboxCollection> collections;
    private final MeterRegistry meters;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean requested = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-nudge"));

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson json,
            List<OutboxCollection> collections, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.json = json;
        this.collections = List.copyOf(collections);
        this.meters = meters;
        this.failures = Counter.builder("madoguchi.outbox.failures")
                .description("Outbox entries that could not be published (retried on the next pass)")
                .register(meters);
        Gauge.builder("madoguchi.outbox.pending", pending, AtomicLong::get)
                .description("Outbox entries still waiting after the last relay pass")
                .register(meters);
    }

    /** Asks for a pass soon, off the caller's thread. */
    public void nudge() {
        requested.set(true);
        nudges.execute(this::drain);
    }

    @Scheduled(fixedDelayString = "${madoguchi.outbox.poll-interval-ms:200}")
    public void poll() {
        requested.set(true);
        drain();
    }

    /** One pass at a time; a request arriving during a pass gets a pass of its own right after. */
    private void drain() {
        while (requested.get() && running.compareAndSet(false, true)) {
            try {
                requested.set(false);
                publishPending();
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Outbox pass failed, retrying on the next poll: {}", e.toString());
            } finally {
                running.set(false);
            }
        }
    }

    private void publishPending() {
        long left = 0;
        for (OutboxCollection collection : collections) {
            List<Document> documents = mongo.getCollection(collection.name())
                    .find(Filters.exists(Outbox.FIELD + ".0"))
                    .projection(Projections.include(Outbox.FIELD))
                    .limit(BATCH)
                    .into(new ArrayList<>());
            for (Document document : documents) {
                List<Document> entries = document.getList(Outbox.FIELD, Document.class);
                int published = publishInOrder(collection, document.get("_id"), entries);
                left += entries.size() - published;
                if (published < entries.size()) {
                    pending.set(left);
                    return;
                }
            }
        }
        pending.set(left);
    }

    private int publishInOrder(OutboxCollection collection, Object documentId, List<Document> entries) {
        int published = 0;
        for (Document entry : entries) {
            try {
                send(entry);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                failures.increment();
                log.warn("Could not publish outbox entry {} of {}: {}", entry.getString("eventId"), documentId,
                        e.toString());
                return published;
            }
            mongo.getCollection(collection.name()).updateOne(Filters.eq("_id", documentId),
                    Updates.pull(Outbox.FIELD, new Document("eventId", entry.getString("eventId"))));
            meters.counter("madoguchi.outbox.published", "type", entry.getString("type")).increment();
            published++;
        }
        return published;
    }

    private void send(Document entry) throws Exception {
        EventType type = EventType.fromTypeName(entry.getString("type"))
                .orElseThrow(() -> new IllegalStateException("Unknown event type in outbox: " + entry.get("type")));
        String payload = entry.getString("payload");
        ConsultationEvent event = json.read(payload, type.recordType());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.getString("topic"), entry.getString("key"),
                payload.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : CloudEventHeaders.of(event, SOURCE).entrySet()) {
            record.headers().add(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8));
        }
        String traceparent = entry.getString(CurrentTrace.HEADER);
        if (traceparent != null) {
            // The trace of the write, not this scheduler thread's: the consumers continue it.
            record.headers().add(CurrentTrace.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        nudges.shutdownNow();
    }
}
