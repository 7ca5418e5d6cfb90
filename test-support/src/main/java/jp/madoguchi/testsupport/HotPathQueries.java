package jp.madoguchi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * The data-access rule of a hot path, as a test can check it (docs/architecture.md, "Data access on hot paths"):
 * every read, update or delete a request or consumer path sends names its document by {@code _id} or by every key of
 * a unique index, with plain equality or a list ({@code $in}) — what the embedded store serves without scanning, and a real MongoDB from
 * an index. Register it on the service's Mongo client ({@link #register}); {@link #on} records what one action sends
 * from the calling thread (the synchronous driver sends from the caller's thread, so a relay or consumer running
 * meanwhile is not counted).
 */
public final class HotPathQueries implements CommandListener {

    /** One filter a command carried: on which collection, from which command. */
    public record Query(String command, String collection, BsonDocument filter) {
    }

    /** Threads inside {@link #on}: nothing else is kept, so a listener left on a shared context holds no history. */
    private final Set<Thread> recording = ConcurrentHashMap.newKeySet();
    private final Queue<Seen> seen = new ConcurrentLinkedQueue<>();

    private record Seen(Thread thread, Query query) {
    }

    public void register(MongoClientSettings.Builder settings) {
        settings.addCommandListener(this);
    }

    /** The filters {@code action} sent from this thread. */
    public List<Query> on(Runnable action) {
        Thread me = Thread.currentThread();
        recording.add(me);
        try {
            action.run();
            return seen.stream().filter(s -> s.thread() == me).map(Seen::query).toList();
        } finally {
            recording.remove(me);
            seen.removeIf(s -> s.thread() == me);
        }
    }

    /** Asserts that each query names its documents by {@code _id} or by all keys of a unique index. */
    public static void assertServedByKeys(List<Query> queries, MongoDatabase database) {
        Map<String, List<Set<String>>> uniqueKeys = new HashMap<>();
        for (Query query : queries) {
            List<Set<String>> keys = uniqueKeys.computeIfAbsent(query.collection(), c -> uniqueKeysOf(database, c));
            Set<String> equalities = equalities(query.filter());
            assertThat(keys.stream().anyMatch(equalities::containsAll))
                    .as("%s on %s with filter %s is served by _id or a unique index (unique keys: %s)",
                            query.command(), query.collection(), query.filter().toJson(), keys)
                    .isTrue();
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        if (!recording.contains(Thread.currentThread())) {
            return;
        }
        BsonDocument command = event.getCommand();
        String name = event.getCommandName();
        List<BsonDocument> filters = new ArrayList<>();
        String collection = switch (name) {
            case "find" -> {
                filters.add(command.getDocument("filter", new BsonDocument()));
                yield command.getString("find").getValue();
            }
            case "count", "countDocuments" -> {
                filters.add(command.getDocument("query", new BsonDocument()));
                yield command.getString(name).getValue();
            }
            case "aggregate", "distinct" -> {
                filters.add(new BsonDocument("$scan", command.get("pipeline", new BsonArray())));
                yield command.get(name).isString() ? command.getString(name).getValue() : "?";
            }
            case "update" -> {
                command.getArray("updates", new BsonArray()).forEach(u -> filters.add(u.asDocument().getDocument("q")));
                yield command.getString("update").getValue();
            }
            case "delete" -> {
                command.getArray("deletes", new BsonArray()).forEach(d -> filters.add(d.asDocument().getDocument("q")));
                yield command.getString("delete").getValue();
            }
            case "findAndModify" -> {
                filters.add(command.getDocument("query", new BsonDocument()));
                yield command.getString("findAndModify").getValue();
            }
            default -> null;
        };
        if (collection != null) {
            // The command is backed by the driver's buffer, which is reused once it is sent: keep a copy.
            filters.forEach(f -> seen.add(new Seen(Thread.currentThread(),
                    new Query(name, collection, BsonDocument.parse(f.toJson())))));
        }
    }

    private static List<Set<String>> uniqueKeysOf(MongoDatabase database, String collection) {
        List<Set<String>> keys = new ArrayList<>();
        keys.add(Set.of("_id"));
        for (Document index : database.getCollection(collection).listIndexes()) {
            if (Boolean.TRUE.equals(index.getBoolean("unique"))) {
                keys.add(index.get("key", Document.class).keySet());
            }
        }
        return keys;
    }

    /** The fields a filter fixes to one value (top level and inside {@code $and}). */
    private static Set<String> equalities(BsonDocument filter) {
        Set<String> fields = new HashSet<>();
        for (Map.Entry<String, BsonValue> condition : filter.entrySet()) {
            if (condition.getKey().equals("$and")) {
                condition.getValue().asArray().forEach(part -> fields.addAll(equalities(part.asDocument())));
            } else if (!condition.getKey().startsWith("$") && isEquality(condition.getValue())) {
                fields.add(condition.getKey());
            }
        }
        return fields;
    }

    /** A plain value, {@code $eq}, or {@code $in} (one index lookup per value, bounded by the list). */
    private static boolean isEquality(BsonValue value) {
        if (!value.isDocument()) {
            return true;
        }
        BsonDocument operators = value.asDocument();
        return operators.containsKey("$eq") || operators.containsKey("$in")
                || operators.keySet().stream().noneMatch(k -> k.startsWith("$"));
    }
}
