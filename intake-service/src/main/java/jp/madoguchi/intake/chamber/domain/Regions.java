package jp.madoguchi.intake.chamber.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The areas (地域) of the federation's prefecture, in the order the federation lists them (roughly from the
 * prefectural capital outwards). A chamber's region is one of them, so that the web form's groups never split over
 * a spelling.
 */
public record Regions(List<String> names) {

    public Regions {
        names = List.copyOf(names);
        if (names.isEmpty() || names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("Regions are named once each, and there is at least one");
        }
    }

    public boolean contains(String region) {
        return names.contains(region);
    }

    /**
     * By region in the federation's order, then by id: ids are romaji, which orders the names the way a reader
     * looks for them, where the kanji's code points would not.
     */
    public Comparator<Chamber> order() {
        return Comparator.<Chamber>comparingInt(c -> rank(c.region())).thenComparing(Chamber::id);
    }

    private int rank(String region) {
        int rank = names.indexOf(region);
        return rank < 0 ? names.size() : rank;
    }
}
