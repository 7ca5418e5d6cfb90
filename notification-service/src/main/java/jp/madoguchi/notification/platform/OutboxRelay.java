package jp.madoguchi.notification.platform;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * Publishes the events waiting in the {@code outbox} arrays of the given collections, then removes
 * each one that Kafka acknowledged. At-least-once: a crash between the ack and the removal sends the
 * event again, which consumers tolerate. Within a document entries go in order and a failure stops
 * that document's pass, so one consultation's events never overtake each other. An entry's stored
 * {@code traceparent} (absent on entries written before tracing) goes out as the record's W3C header, so the
 * trace of the write continues downstream.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventJson json;
    private final MeterRegistry meters;
    private final String source;
    private final List<String> collections;
    private final long sendTimeoutMillis;
    private final Counter failures;
    private final AtomicInteger pending = new AtomicInteger();
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final Executor nudges = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-nudge");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson json, MeterRegistry meters,
            String source, List<String> collections, long sendTimeoutMillis) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.json = json;
        this.meters = meters;
        this.source = source;
        this.collections = List.copyOf(collections);
        this.sendTimeoutMillis = sendTimeoutMillis;
        this.failures = Counter.builder("madoguchi.outbox.failures")
                .description("Outbox entries whose send was not acknowledged; they stay and are retried")
                .register(meters);
        Gauge.builder("madoguchi.outbox.pending", pending, AtomicInteger::get)
                .description("Documents with unpublished events seen by the last relay pass")
                .register(meters);
    }

    /** Called right after a write that added outbox entries, so an event leaves in milliseconds, not at the next tick. */
    public void nudge() {
        nudges.execute(this::publishPending);
    }

    @Scheduled(fixedDelayString = "${madoguchi.outbox.poll-interval-ms:200}")
    public void poll() {
        publishPending();
    }

    public void publishPending() {
        if (!running.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                int seen = 0;
                for (String collection : collections) {
                    seen += relay(collection);
                }
                pending.set(seen);
            } while (again.get());
        } catch (RuntimeException e) {
            log.warn("Outbox pass failed, retrying on the next tick: {}", e.toString());
        } finally {
            running.unlock();
        }
    }

    private int relay(String collection) {
        List<Document> documents = mongo.getCollection(collection)
                .find(Filters.exists(OutboxEntry.FIELD + ".0"))
                .projection(new Document(OutboxEntry.FIELD, 1))
                .limit(BATCH)
                .into(new ArrayList<>());
        for (Document document : documents) {
            for (Document entry : document.getList(OutboxEntry.FIELD, Document.class)) {
                if (!publish(entry)) {
                    break;
                }
                mongo.getCollection(collection).updateOne(Filters.eq("_id", document.get("_id")),
                        Updates.pull(OutboxEntry.FIELD, new Document("eventId", entry.getString("eventId"))));
            }
        }
        return documents.size();
    }

    private boolean publish(Document entry) {
        String typeName = entry.getString("type");
        EventType type = EventType.fromTypeName(typeName)
                .orElseThrow(() -> new IllegalStateException("Outbox holds an unknown type " + typeName));
        ConsultationEvent event = json.read(type, entry.getString("payload"));
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(event, source)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        String traceparent = entry.getString(CurrentTrace.HEADER);
        if (traceparent != null) {
            // The trace of the write, not this scheduler thread's: the consumers continue it.
            headers.add(CurrentTrace.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.getString("topic"), null,
                entry.getString("key"), entry.getString("payload").getBytes(StandardCharsets.UTF_8), headers);
        try {
            kafka.send(record).get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.increment();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            failures.increment();
            log.warn("Outbox entry {} of type {} not acknowledged, will retry: {}", event.eventId(), typeName, e.toString());
            return false;
        }
        meters.counter("madoguchi.outbox.published", "type", typeName).increment();
        return true;
    }
}
