package jp.madoguchi.embeddedmongo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Finds the unique index that serves a query the library would scan for. mongo-java-server uses an index only when
 * the query's fields are exactly the index's keys; a real MongoDB uses it whenever the query fixes those keys and
 * checks the other conditions on the documents found. This does the latter: the index narrows the query to at most
 * one document per value, and the collection still matches the whole query against it.
 */
final class KeyedLookup {

    /** DEBUG shows every query the store answers by reading a whole collection: the shape, never the values. */
    private static final Logger SCANS = LoggerFactory.getLogger("jp.madoguchi.embeddedmongo.scans");

    private KeyedLookup() {
    }

    /**
     * Answers {@code query} on {@code collection}: the library's own way when one of its indexes takes the query as
     * it is; from a unique index whose every key the query fixes, checking the rest on the documents found; else the
     * library's scan, logged.
     */
    static <P> QueryResult query(MongoCollection<P> collection, Document query,
            Function<Iterable<P>, QueryResult> fromPositions, Supplier<QueryResult> byLibrary) {
        List<Index<P>> indexes = collection.getIndexes();
        if (indexes.stream().anyMatch(index -> index.canHandle(query))) {
            return byLibrary.get();
        }
        return positions(indexes, query).map(fromPositions).orElseGet(() -> {
            scanning(collection.getFullName(), collection.count(), query);
            return byLibrary.get();
        });
    }

    /** The positions a unique index gives for a query that fixes all its keys, if one does. */
    static <P> Optional<Iterable<P>> positions(List<Index<P>> indexes, Document query) {
        for (Index<P> index : indexes) {
            if (!index.isUnique()) {
                continue;
            }
            Document keys = fixedKeys(index, query);
            if (keys != null && index.canHandle(keys)) {
                return Optional.of(index.getPositions(keys));
            }
        }
        return Optional.empty();
    }

    /** Logs, at DEBUG, that the library is about to read all of {@code collection} for {@code query}. */
    private static void scanning(String collection, int documents, Document query) {
        if (SCANS.isDebugEnabled()) {
            SCANS.debug("{}: reading all {} documents for {}", collection, documents, shape(query));
        }
    }

    /** The query's fields and operators, without its values (which may be personal data). */
    private static String shape(Object condition) {
        if (condition instanceof Map<?, ?> conditions) {
            return conditions.entrySet().stream()
                    .map(e -> e.getKey() + ": " + shape(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (condition instanceof List<?> parts) {
            return parts.stream().anyMatch(Map.class::isInstance)
                    ? parts.stream().map(KeyedLookup::shape).collect(Collectors.joining(", ", "[", "]"))
                    : "[" + parts.size() + " values]";
        }
        return "?";
    }

    /** The query's conditions on the index's keys alone, or null when the query does not fix one of them. */
    private static Document fixedKeys(Index<?> index, Document query) {
        Document keys = new Document();
        for (IndexKey key : index.getKeys()) {
            Object condition = fixedValue(query, key.getKey());
            if (condition == null) {
                return null;
            }
            keys.put(key.getKey(), condition);
        }
        return keys;
    }

    /**
     * A plain value or a {@code $in} list the query gives the field, at the top level or inside {@code $and}s
     * (the driver nests them: {@code Filters.and(Filters.and(a, b), c)}).
     */
    private static Object fixedValue(Map<?, ?> query, String field) {
        Object condition = query.get(field);
        if (condition != null) {
            return equality(condition);
        }
        if (query.get("$and") instanceof List<?> parts) {
            for (Object part : parts) {
                Object value = part instanceof Map<?, ?> conditions ? fixedValue(conditions, field) : null;
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    private static Object equality(Object condition) {
        if (!(condition instanceof Map<?, ?> operators)) {
            return condition;
        }
        if (operators.size() == 1 && operators.containsKey("$eq")) {
            return operators.get("$eq");
        }
        if (operators.size() == 1 && operators.containsKey("$in")) {
            return condition;
        }
        // An embedded document as the value, or other operators ($gt, $ne, …): not an equality the index serves.
        return operators.keySet().stream().anyMatch(k -> String.valueOf(k).startsWith("$")) ? null : condition;
    }
}
