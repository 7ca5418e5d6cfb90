package jp.madoguchi.intake.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * Publishes the events pending in documents' {@code outbox} arrays, then removes each one by its event id.
 * At least once: a crash between the broker's ack and the removal publishes the event again, which consumers
 * tolerate. Entries of one document go out in order and the first failure stops that document's batch, so a
 * consultation's events never overtake each other. An entry's stored {@code traceparent} (absent on entries
 * written before tracing) goes out as the record's W3C header, so the trace of the write continues downstream.
 */
@Component
public class OutboxRelay implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String SOURCE = "/madoguchi/intake-service";
    private static final int BATCH = 100;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventJson eventJson;
    private final List<String> collections;
    private final MeterRegistry meters;
    private final Counter failures;
    private final AtomicLong pending = new AtomicLong();
    private final ReentrantLock relaying = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ExecutorService nudges = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-nudge");
        t.setDaemon(true);
        return t;
    });

    OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson eventJson, MeterRegistry meters,
            @Value("${madoguchi.intake.outbox.collections:consultationRequests}") List<String> collections) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.eventJson = eventJson;
        this.collections = List.copyOf(collections);
        this.meters = meters;
        this.failures = meters.counter("madoguchi.outbox.failures");
        Gauge.builder("madoguchi.outbox.pending", pending, AtomicLong::get)
                .description("Events waiting in outboxes at the last relay pass")
                .register(meters);
    }

    /** Called right after a write, so a new event goes out now rather than at the next tick. */
    public void nudge() {
        try {
            nudges.execute(this::relay);
        } catch (RejectedExecutionException shuttingDown) {
            // the scheduled pass of the next start picks it up
        }
    }

    @Scheduled(fixedDelayString = "${madoguchi.intake.outbox.relay-interval:200ms}")
    public void relay() {
        if (!relaying.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                long left = 0;
                for (String collection : collections) {
                    left += relayCollection(collection);
                }
                pending.set(left);
            } while (again.get());
        } catch (RuntimeException e) {
            // Mongo unreachable and the like: the next tick tries again.
            failures.increment();
            log.warn("Outbox relay pass failed: {}", e.toString());
        } finally {
            relaying.unlock();
        }
    }

    private long relayCollection(String collection) {
        long left = 0;
        List<Document> documents = mongo.getCollection(collection)
                .find(Filters.exists(OutboxEntries.FIELD + ".0"))
                .projection(new Document(OutboxEntries.FIELD, 1))
                .limit(BATCH)
                .into(new java.util.ArrayList<>());
        for (Document document : documents) {
            List<Document> entries = document.getList(OutboxEntries.FIELD, Document.class);
            int published = 0;
            for (Document entry : entries) {
                if (!publish(entry)) {
                    break;
                }
                mongo.getCollection(collection).updateOne(Filters.eq("_id", document.get("_id")),
                        Updates.pull(OutboxEntries.FIELD, new Document("eventId", entry.getString("eventId"))));
                published++;
            }
            left += entries.size() - published;
        }
        return left;
    }

    private boolean publish(Document entry) {
        String typeName = entry.getString("type");
        try {
            EventType type = EventType.fromTypeName(typeName)
                    .orElseThrow(() -> new IllegalStateException("Unknown event type in outbox: " + typeName));
            String payload = entry.getString("payload");
            ConsultationEvent event = eventJson.read(payload, type.recordType());
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(entry.getString("topic"), entry.getString("key"),
                    payload.getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.of(event, SOURCE)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            String traceparent = entry.getString(CurrentTrace.HEADER);
            if (traceparent != null) {
                // The request's trace, not this scheduler thread's: the consumers continue it.
                record.headers().add(CurrentTrace.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
            }
            kafka.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            meters.counter("madoguchi.outbox.published", "type", typeName).increment();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            failures.increment();
            log.warn("Could not publish outbox event {} of type {}: {}", entry.getString("eventId"), typeName, e.toString());
            return false;
        }
    }

    @Override
    public void destroy() {
        nudges.shutdownNow();
    }
}
