package jp.madoguchi.analytics.usage.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one event contributes to its consultation's fact document. Only assignments and set
 * additions, never increments: applying an update twice, or two updates in either order, gives the
 * same document, so redelivery and events arriving out of order across topics are harmless.
 *
 * @param set       fields to assign (values: String, Boolean, Instant)
 * @param addToSet  array field and element to add (event ids), or null
 */
public record FactUpdate(UUID consultationId, Map<String, Object> set, SetAddition addToSet) {

    public FactUpdate {
        Objects.requireNonNull(consultationId, "consultationId");
        set = Map.copyOf(set);
    }

    public record SetAddition(String field, String element) {
    }

    static Builder of(UUID consultationId) {
        return new Builder(consultationId);
    }

    static final class Builder {
        private final UUID consultationId;
        private final Map<String, Object> set = new LinkedHashMap<>();
        private SetAddition addToSet;

        private Builder(UUID consultationId) {
            this.consultationId = consultationId;
        }

        /** Null values are left out rather than stored: an absent fact is not a fact of "null". */
        Builder set(String field, Object value) {
            if (value != null) {
                set.put(field, value instanceof Enum<?> e ? e.name() : value);
            }
            return this;
        }

        Builder addToSet(String field, UUID element) {
            addToSet = new SetAddition(field, element.toString());
            return this;
        }

        FactUpdate build() {
            return new FactUpdate(consultationId, set, addToSet);
        }
    }
}
