package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.madoguchi.intake.chamber.application.Chambers;
import jp.madoguchi.intake.chamber.domain.Chamber;

/** The chamber picker's groups: the active chambers by region (地域), as an owner looks for their town's. */
final class ChamberChoices {

    private ChamberChoices() {
    }

    /** One {@code <optgroup>}. */
    public record Region(String name, List<Chamber> chambers) {
    }

    /** In the federation's order of regions; a region without an active chamber has no group. */
    static List<Region> of(Chambers chambers) {
        Map<String, List<Chamber>> byRegion = new LinkedHashMap<>();
        chambers.active().forEach(c -> byRegion.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c));
        return byRegion.entrySet().stream().map(e -> new Region(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
