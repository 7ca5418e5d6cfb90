package jp.madoguchi.analytics.usage.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.FactUpdate;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;

/** One fact document per consultation, written only by assignment and set addition, like the real upserts. */
final class InMemoryConsultationFacts implements ConsultationFacts {

    private final Map<UUID, Map<String, Object>> documents = new HashMap<>();

    /** The consultation's document as stored; empty if no event of it arrived. */
    Map<String, Object> factsOf(UUID consultationId) {
        return Map.copyOf(documents.getOrDefault(consultationId, Map.of()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean apply(FactUpdate update) {
        boolean inserted = !documents.containsKey(update.consultationId());
        Map<String, Object> document = documents.computeIfAbsent(update.consultationId(), id -> new HashMap<>());
        boolean modified = false;
        for (Map.Entry<String, Object> fact : update.set().entrySet()) {
            modified |= !Objects.equals(document.put(fact.getKey(), fact.getValue()), fact.getValue());
        }
        if (update.addToSet() != null) {
            modified |= ((Set<String>) document.computeIfAbsent(update.addToSet().field(),
                    field -> new LinkedHashSet<String>())).add(update.addToSet().element());
        }
        return inserted || modified;
    }

    @Override
    public List<ChamberUsage> usagePerChamber(String federationId, UsagePeriod period) {
        Map<String, long[]> perChamber = new TreeMap<>();
        for (Map<String, Object> d : documents.values()) {
            if (!federationId.equals(d.get("federationId")) || !(d.get("chamberId") instanceof String chamberId)
                    || !within(d.get("requestedAt"), period)) {
                continue;
            }
            long[] counts = perChamber.computeIfAbsent(chamberId, id -> new long[6]);
            List<String> milestones = List.of("requested", "scheduled", "completed", "cancelled", "noShow", "withdrawn");
            for (int i = 0; i < milestones.size(); i++) {
                counts[i] += Boolean.TRUE.equals(d.get(milestones.get(i))) ? 1 : 0;
            }
        }
        return perChamber.entrySet().stream().map(e -> new ChamberUsage(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5])).toList();
    }

    private static boolean within(Object requestedAt, UsagePeriod period) {
        if (period.start().isEmpty() && period.end().isEmpty()) {
            return true;
        }
        if (!(requestedAt instanceof Instant at)) {
            return false;
        }
        return period.start().map(start -> !at.isBefore(start)).orElse(true)
                && period.end().map(at::isBefore).orElse(true);
    }
}
