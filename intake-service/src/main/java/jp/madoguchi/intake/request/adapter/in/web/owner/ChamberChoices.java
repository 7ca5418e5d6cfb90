package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.madoguchi.intake.chamber.application.ChamberRegistry;
import jp.madoguchi.intake.chamber.domain.Chamber;

/** The chamber picker's groups: the active chambers by region (地域), as an owner looks for their town's. */
final class ChamberChoices {

    private ChamberChoices() {
    }

    /** One {@code <optgroup>}. */
    public record Region(String name, List<Chamber> chambers) {
    }

    static List<Region> of(ChamberRegistry registry) {
        Map<String, List<Chamber>> byRegion = new LinkedHashMap<>();
        registry.all().stream().filter(Chamber::active)
                .forEach(c -> byRegion.computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c));
        return byRegion.entrySet().stream().map(e -> new Region(e.getKey(), List.copyOf(e.getValue()))).toList();
    }
}
