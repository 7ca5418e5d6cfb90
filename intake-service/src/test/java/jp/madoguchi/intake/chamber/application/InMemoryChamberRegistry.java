package jp.madoguchi.intake.chamber.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jp.madoguchi.intake.chamber.domain.Chamber;

/** A federation of the chambers given. */
public final class InMemoryChamberRegistry implements ChamberRegistry {

    private final List<Chamber> chambers;

    public InMemoryChamberRegistry(Chamber... chambers) {
        this.chambers = List.of(chambers).stream().sorted(Comparator.comparing(Chamber::id)).toList();
    }

    @Override
    public List<Chamber> all() {
        return chambers;
    }

    @Override
    public Optional<Chamber> find(String chamberId) {
        return chambers.stream().filter(c -> c.id().equals(chamberId)).findFirst();
    }
}
