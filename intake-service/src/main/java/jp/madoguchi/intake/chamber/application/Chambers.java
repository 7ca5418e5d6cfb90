package jp.madoguchi.intake.chamber.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;
import jp.madoguchi.intake.chamber.domain.Regions;

/** Reading the registry: the public list, one chamber with its version, and the web form's picker. */
@Service
public class Chambers {

    private final ChamberRegistry registry;
    private final ChamberStore store;
    private final Regions regions;

    Chambers(ChamberRegistry registry, ChamberStore store, ChamberSeed seed) {
        this.registry = registry;
        this.store = store;
        this.regions = seed.regions();
    }

    /**
     * The chambers an owner can choose, grouped as the web form shows them: by region in the federation's order
     * ({@link #regions()}), then by id. From memory.
     */
    public List<Chamber> active() {
        return registry.all().stream().filter(Chamber::active).sorted(regions.order()).toList();
    }

    /** The federation's regions, in its order: the headings of the form's groups. */
    public List<String> regions() {
        return regions.names();
    }

    /** Every chamber, or only the active or inactive ones; sorted by id. From memory. */
    public List<Chamber> list(Boolean active) {
        return registry.all().stream().filter(c -> active == null || c.active() == active).toList();
    }

    /** One chamber with its current version, read from the store: what a change must be made from. */
    public Optional<RegisteredChamber> find(String chamberId) {
        return store.find(chamberId);
    }
}
