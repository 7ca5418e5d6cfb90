package jp.madoguchi.platform.outbox;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import jp.madoguchi.platform.events.EventJson;
import jp.madoguchi.platform.mongo.DuplicateKey;
import jp.madoguchi.platform.tracing.CurrentTrace;

/**
 * What a persistence adapter needs to write events with its state: the entries to embed in a new document or to
 * push in an update, and the nudge after the write. An entry written while handling a traced request or record
 * keeps that trace's {@code traceparent}, which the relay puts on the Kafka record.
 */
public class Outbox {

    private final EventJson json;
    private final CurrentTrace trace;
    private final OutboxRelay relay;

    public Outbox(EventJson json, CurrentTrace trace, OutboxRelay relay) {
        this.json = json;
        this.trace = trace;
        this.relay = relay;
    }

    /** The {@code outbox} array of a new document. */
    public List<Document> entries(Collection<? extends ConsultationEvent> events) {
        return events.stream().map(this::entry).toList();
    }

    /** The update that appends these events to a document's outbox, in order. */
    public Bson push(Collection<? extends ConsultationEvent> events) {
        return Updates.pushEach(OutboxEntry.FIELD, entries(events));
    }

    public Document entry(ConsultationEvent event) {
        EventType type = EventType.of(event);
        Document entry = new Document(OutboxEntry.EVENT_ID, event.eventId().toString())
                .append(OutboxEntry.TYPE, type.typeName())
                .append(OutboxEntry.TOPIC, type.topic().topicName())
                .append(OutboxEntry.KEY, CloudEventHeaders.kafkaKey(event))
                .append(OutboxEntry.OCCURRED_AT, Date.from(event.occurredAt()))
                .append(OutboxEntry.PAYLOAD, json.write(event));
        String traceparent = trace.traceparent();
        if (traceparent != null) {
            entry.append(OutboxEntry.TRACEPARENT, traceparent);
        }
        return entry;
    }

    /**
     * Inserts a new document that carries its outbox entries, and nudges the relay.
     *
     * @return false, and nothing written, when a unique key of the document is taken (a redelivery, a race)
     */
    public boolean insertNew(MongoCollection<Document> collection, Document document) {
        try {
            collection.insertOne(document);
        } catch (MongoException e) {
            if (DuplicateKey.is(e)) {
                return false;
            }
            throw e;
        }
        written(collection, document.get("_id"));
        return true;
    }

    /**
     * Call after a write that added entries to the document with this {@code _id}: the relay reads it by its id and
     * sends its entries now, instead of finding it at the next sweep.
     */
    public void written(MongoCollection<Document> collection, Object id) {
        relay.written(collection.getNamespace().getCollectionName(), id);
    }
}
