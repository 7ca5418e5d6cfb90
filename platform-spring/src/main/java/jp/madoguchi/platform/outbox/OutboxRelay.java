package jp.madoguchi.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.platform.events.PoisonEventException;

/**
 * Publishes the entries waiting in the {@code outbox} arrays of the configured collections, waits for the broker's
 * acknowledgement, then removes each entry by its event id.
 * <ul>
 * <li>At least once: a crash between the ack and the removal publishes the entry again; consumers are idempotent.
 * Within one process an entry is never handed to the producer twice while its first send may still land: a send
 * that outlived {@code send-timeout} stays in the producer (which retries it until its {@code delivery.timeout.ms})
 * and the next try waits for that same send instead of making a second record; an acknowledged entry whose removal
 * failed (store away) is removed at the next try without being sent again.
 * <li>In order per document: entries of one document go one after the other, and a send that fails stops that
 * document until {@code retry-delay} has passed, so one consultation's events never overtake each other. Other
 * documents go on.
 * <li>A poison entry (unknown type, unreadable payload, a record the broker can never take) is moved to the
 * document's {@code outboxParked} array in one update, counted and logged; it blocks nothing.
 * <li>Without scanning on the hot path: a write names its document ({@link Outbox#written}), and the next pass reads
 * it by {@code _id}; a sweep for documents nobody named (written before a crash, or by an instance that stopped)
 * runs at start and every {@code sweep-interval}, since neither the embedded store nor a sparse index makes
 * "has pending entries" cheap over years of documents.
 * </ul>
 * All passes run on the relay's one thread, so there is never more than one at a time; a nudge after a write asks
 * for a pass now, and several nudges during a pass make one more pass.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventJson json;
    private final OutboxProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Counter failures;
    private final Timer passes;
    private final AtomicLong pending = new AtomicLong();
    /**
     * Sends handed to the producer whose entry is still in its document, by event id: a retry takes over the send
     * under way (or its ack) rather than sending the record again. Dropped once the entry is removed or the send
     * has failed for good.
     */
    private final Map<String, CompletableFuture<?>> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean nudged = new AtomicBoolean();
    /** Documents whose last send failed, and when they may be tried again. */
    private final Map<DocumentRef, Retry> retryAt = new ConcurrentHashMap<>();
    /**
     * Documents read with entries not yet acknowledged (being sent, or held back), with how many and since when:
     * what the lag gauges show. Documents written but not read yet are in {@link #written}.
     */
    private final Map<DocumentRef, Waiting> waiting = new ConcurrentHashMap<>();
    /** Documents written since the last pass began, by any thread. */
    private final Queue<DocumentRef> written = new ConcurrentLinkedQueue<>();
    /** Touched by the relay's one thread only. */
    private Instant lastSweep;
    private boolean sweepFull;
    private volatile ScheduledExecutorService executor;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, EventJson json,
            OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.failures = Counter.builder("madoguchi.outbox.failures")
                .description("Outbox sends that failed and will be retried (broker away, timeout)")
                .register(meters);
        this.passes = Timer.builder("madoguchi.outbox.pass")
                .description("Time of one relay pass over every outbox collection")
                .register(meters);
        Gauge.builder("madoguchi.outbox.pending", pending, AtomicLong::get)
                .description("Outbox entries still waiting in the documents the last relay pass read or held back")
                .register(meters);
        Gauge.builder("madoguchi.outbox.lag", this, OutboxRelay::lag)
                .description("Outbox entries written and not yet acknowledged by the broker, as the relay knows them "
                        + "now (held back for a retry, or written since the last pass)")
                .register(meters);
        Gauge.builder("madoguchi.outbox.oldest.age", this, OutboxRelay::oldestAgeSeconds)
                .description("Seconds since the oldest event still waiting in a held-back document occurred; 0 "
                        + "when nothing waits")
                .baseUnit("seconds")
                .register(meters);
    }

    /** Asks for a pass now, off the caller's thread; nothing happens before {@link #start()} or after {@link #stop()}. */
    public void nudge() {
        ScheduledExecutorService running = executor;
        if (running == null || !nudged.compareAndSet(false, true)) {
            return;
        }
        try {
            running.execute(() -> {
                nudged.set(false);
                pass();
            });
        } catch (RejectedExecutionException stopping) {
            nudged.set(false);
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::pass, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** Lets the pass under way finish (at most one send timeout), then stops. What is left goes out after restart. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        executor = null;
        running.shutdown();
        try {
            if (!running.awaitTermination(properties.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the Kafka producer and the Mongo client it needs go away. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }

    private void pass() {
        try {
            publishPending();
        } catch (RuntimeException e) {
            // Mongo unreachable and the like: the next pass tries again.
            failures.increment();
            log.warn("Outbox relay pass failed: {}", e.toString());
        }
    }

    /**
     * One pass: the documents written since the last pass and those whose retry is due, each read by its
     * {@code _id}, and, when a sweep is due, whatever else is pending. Public for tests and tools that drain the
     * outbox on their own thread; never call it while the relay is started.
     *
     * @return the entries still waiting in the documents this pass read or held back for their retry
     */
    public long publishPending() {
        return passes.record(() -> {
            Instant now = clock.instant();
            Map<String, Set<Object>> due = new HashMap<>();
            retryAt.entrySet().removeIf(retry -> {
                if (retry.getValue().at().isAfter(now)) {
                    return false;
                }
                due.computeIfAbsent(retry.getKey().collection(), c -> new LinkedHashSet<>()).add(retry.getKey().id());
                return true;
            });
            for (DocumentRef written; (written = this.written.poll()) != null; ) {
                if (!retryAt.containsKey(written)) {
                    due.computeIfAbsent(written.collection(), c -> new LinkedHashSet<>()).add(written.id());
                }
            }
            boolean sweep = sweepFull || lastSweep == null || !now.isBefore(lastSweep.plus(properties.sweepInterval()));
            if (sweep) {
                lastSweep = now;
                sweepFull = false;
            }
            for (String collection : properties.collections()) {
                relayCollection(collection, due.getOrDefault(collection, Set.of()), sweep);
            }
            long left = 0;
            for (Retry retry : retryAt.values()) {
                left += retry.entries();
            }
            pending.set(left);
            return left;
        });
    }

    /** Entries of documents in hand or held back, and one for each document written but not read yet. */
    private double lag() {
        long entries = written.size();
        for (Waiting w : waiting.values()) {
            entries += w.entries();
        }
        return entries;
    }

    private double oldestAgeSeconds() {
        Instant now = clock.instant();
        return waiting.values().stream().map(Waiting::oldest)
                .min(Instant::compareTo)
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis()) / 1000.0)
                .orElse(0.0);
    }

    /** Notes a document that just got entries, and asks for a pass now. */
    void written(String collection, Object id) {
        written.add(new DocumentRef(collection, id));
        nudge();
    }

    private void relayCollection(String name, Set<Object> ids, boolean sweep) {
        MongoCollection<Document> collection = mongo.getCollection(name);
        List<Document> documents = new ArrayList<>();
        // One query per batch of ids, not one per document: under a backlog the relay must not fall behind the
        // writers it competes with for the store by paying a round trip per document.
        List<Object> written = new ArrayList<>(ids);
        for (int from = 0; from < written.size(); from += properties.batchSize()) {
            List<Object> batch = written.subList(from, Math.min(written.size(), from + properties.batchSize()));
            collection.find(Filters.in("_id", batch))
                    .projection(Projections.include(OutboxEntry.FIELD))
                    .forEach(document -> {
                        if (!document.getList(OutboxEntry.FIELD, Document.class, List.of()).isEmpty()) {
                            documents.add(document);
                        }
                    });
        }
        // A document named here but found without entries (drained by a peer, or deleted) waits no more.
        Set<Object> withEntries = new HashSet<>();
        documents.forEach(d -> withEntries.add(d.get("_id")));
        ids.stream().filter(id -> !withEntries.contains(id)).forEach(id -> waiting.remove(new DocumentRef(name, id)));
        if (sweep) {
            // Documents waiting for their retry, or already in hand, are left out, so they cannot fill the batch.
            List<Object> skip = new ArrayList<>(ids);
            retryAt.keySet().stream().filter(ref -> ref.collection().equals(name)).map(DocumentRef::id)
                    .forEach(skip::add);
            Bson pending = Filters.exists(OutboxEntry.FIELD + ".0");
            List<Document> found = collection.find(skip.isEmpty() ? pending : Filters.and(pending, Filters.nin("_id", skip)))
                    .projection(Projections.include(OutboxEntry.FIELD))
                    .limit(properties.batchSize())
                    .into(new ArrayList<>());
            sweepFull |= found.size() == properties.batchSize();
            documents.addAll(found);
        }
        relayDocuments(name, collection, documents);
    }

    /** A document of a collection, by its {@code _id}. */
    private record DocumentRef(String collection, Object id) {
    }

    /** When a document may be tried again, and how many of its entries were still waiting. */
    private record Retry(Instant at, int entries) {
    }

    /** How many of a document's entries are not acknowledged yet, and when the first of them occurred. */
    private record Waiting(int entries, Instant oldest) {

        static Waiting of(List<Document> entries, int from, Instant fallback) {
            Date occurred = entries.get(from).getDate(OutboxEntry.OCCURRED_AT);
            return new Waiting(entries.size() - from, occurred == null ? fallback : occurred.toInstant());
        }
    }

    /**
     * Sends the documents' entries in rounds: the first entry of every document at once, then, once the broker has
     * acknowledged them, every second entry, and so on. One round's sends share the producer's batches; a
     * document's next entry leaves only after its previous one is acknowledged and removed, so its order holds; a
     * document whose entry fails is held back for {@code retry-delay} with what it has left. A send the producer
     * refuses at once (the broker is away, or the topic unknown, after {@code max.block.ms}) holds back the rest of
     * the pass's entries for the same topic unsent: each would block as long and fail the same way.
     */
    private void relayDocuments(String name, MongoCollection<Document> collection, List<Document> documents) {
        Map<Object, List<Document>> entriesOf = new LinkedHashMap<>();
        Instant now = clock.instant();
        documents.forEach(d -> {
            List<Document> entries = d.getList(OutboxEntry.FIELD, Document.class);
            entriesOf.put(d.get("_id"), entries);
            waiting.put(new DocumentRef(name, d.get("_id")), Waiting.of(entries, 0, now));
        });
        List<Object> active = new ArrayList<>(entriesOf.keySet());
        Set<String> unreachable = new HashSet<>();
        for (int round = 0; !active.isEmpty(); round++) {
            Map<Object, CompletableFuture<?>> sends = new LinkedHashMap<>();
            List<Object> next = new ArrayList<>();
            for (Object id : active) {
                Document entry = entriesOf.get(id).get(round);
                String topic = entry.getString(OutboxEntry.TOPIC);
                if (unreachable.contains(topic)) {
                    holdBack(name, id, entriesOf.get(id), round);
                    continue;
                }
                try {
                    CompletableFuture<?> send = send(entry);
                    sends.put(id, send);
                    if (send.isCompletedExceptionally() && topic != null) {
                        unreachable.add(topic);
                    }
                } catch (PoisonEventException e) {
                    park(collection, id, entry, e.getMessage());
                    next.add(id);
                }
            }
            long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
            for (Map.Entry<Object, CompletableFuture<?>> sent : sends.entrySet()) {
                Object id = sent.getKey();
                Document entry = entriesOf.get(id).get(round);
                if (acknowledged(collection, id, entry, sent.getValue(), deadline)) {
                    next.add(id);
                } else {
                    holdBack(name, id, entriesOf.get(id), round);
                }
            }
            final int sentRound = round;
            for (Object id : next) {
                DocumentRef ref = new DocumentRef(name, id);
                if (entriesOf.get(id).size() > sentRound + 1) {
                    waiting.put(ref, Waiting.of(entriesOf.get(id), sentRound + 1, now));
                } else {
                    waiting.remove(ref);
                }
            }
            active = next.stream().filter(id -> entriesOf.get(id).size() > sentRound + 1).toList();
        }
    }

    /** Leaves the document alone for {@code retry-delay}, from its entry at {@code from} on. */
    private void holdBack(String name, Object id, List<Document> entries, int from) {
        DocumentRef ref = new DocumentRef(name, id);
        retryAt.put(ref, new Retry(clock.instant().plus(properties.retryDelay()), entries.size() - from));
        waiting.put(ref, Waiting.of(entries, from, clock.instant()));
    }

    /** @return whether the entry left the outbox (sent and removed, or parked); false when it must wait */
    private boolean acknowledged(MongoCollection<Document> collection, Object id, Document entry,
            CompletableFuture<?> send, long deadline) {
        String type = entry.getString(OutboxEntry.TYPE);
        String eventId = entry.getString(OutboxEntry.EVENT_ID);
        try {
            send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            collection.updateOne(Filters.eq("_id", id), Updates.pull(OutboxEntry.FIELD,
                    new Document(OutboxEntry.EVENT_ID, eventId)));
            inFlight.remove(eventId, send);
            Counter.builder("madoguchi.outbox.published")
                    .description("Outbox entries the broker acknowledged, removed from their document")
                    .tag("type", String.valueOf(type))
                    .register(meters)
                    .increment();
            return true;
        } catch (ExecutionException e) {
            // The producer has given up on this record: a new try sends it anew.
            inFlight.remove(eventId, send);
            if (e.getCause() instanceof RecordTooLargeException || e.getCause() instanceof InvalidTopicException) {
                park(collection, id, entry, "The broker can never take this record: " + e.getCause());
                return true;
            }
            return failed(id, entry, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException | RuntimeException e) {
            return failed(id, entry, e);
        }
    }

    private boolean failed(Object id, Document entry, Throwable cause) {
        failures.increment();
        log.warn("Outbox entry {} of type {} in {} not sent, retrying later: {}",
                entry.getString(OutboxEntry.EVENT_ID), entry.getString(OutboxEntry.TYPE), id, String.valueOf(cause));
        return false;
    }

    /**
     * The send of this entry: the one already handed to the producer if it has not failed (still under way, or
     * acknowledged while its removal did not happen), else a new one.
     */
    private CompletableFuture<?> send(Document entry) {
        String eventId = entry.getString(OutboxEntry.EVENT_ID);
        CompletableFuture<?> earlier = eventId == null ? null : inFlight.get(eventId);
        if (earlier != null && !earlier.isCompletedExceptionally()) {
            return earlier;
        }
        CompletableFuture<?> send = newSend(entry);
        if (eventId != null) {
            inFlight.put(eventId, send);
        }
        return send;
    }

    private CompletableFuture<?> newSend(Document entry) {
        String typeName = entry.getString(OutboxEntry.TYPE);
        EventType type = EventType.fromTypeName(typeName)
                .orElseThrow(() -> new PoisonEventException("Unknown event type " + typeName));
        String payload = entry.getString(OutboxEntry.PAYLOAD);
        String topic = entry.getString(OutboxEntry.TOPIC);
        if (payload == null || topic == null) {
            throw new PoisonEventException("Entry without payload or topic");
        }
        ConsultationEvent event = json.read(type, payload);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, entry.getString(OutboxEntry.KEY),
                payload.getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.of(event, properties.source())
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        String traceparent = entry.getString(OutboxEntry.TRACEPARENT);
        if (traceparent != null) {
            // The trace of the write, not this relay thread's: the consumers continue it.
            record.headers().add(OutboxEntry.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            // Sending can fail before the future exists (metadata not available in time): wait like any failure.
            return CompletableFuture.failedFuture(e);
        }
    }

    private void park(MongoCollection<Document> collection, Object id, Document entry, String reason) {
        Document parked = new Document(entry)
                .append(OutboxEntry.PARKED_REASON, reason)
                .append(OutboxEntry.PARKED_AT, Date.from(clock.instant()));
        collection.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.pull(OutboxEntry.FIELD, new Document(OutboxEntry.EVENT_ID, entry.getString(OutboxEntry.EVENT_ID))),
                Updates.push(OutboxEntry.PARKED, parked)));
        Counter.builder("madoguchi.outbox.parked")
                .description("Outbox entries that can never be sent, moved to outboxParked for an operator")
                .tag("type", String.valueOf(entry.getString(OutboxEntry.TYPE)))
                .register(meters)
                .increment();
        log.error("Outbox entry {} in {} parked: {}", entry.getString(OutboxEntry.EVENT_ID), id, reason);
    }
}
