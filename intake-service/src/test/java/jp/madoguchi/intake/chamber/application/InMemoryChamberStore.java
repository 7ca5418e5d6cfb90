package jp.madoguchi.intake.chamber.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;

/** The registry as a map, with the store's version rule. */
class InMemoryChamberStore implements ChamberStore {

    private final Map<String, RegisteredChamber> chambers = new LinkedHashMap<>();

    @Override
    public synchronized List<RegisteredChamber> all() {
        return new ArrayList<>(chambers.values());
    }

    @Override
    public synchronized Optional<RegisteredChamber> find(String chamberId) {
        return Optional.ofNullable(chambers.get(chamberId));
    }

    @Override
    public synchronized RegisteredChamber insert(Chamber chamber, Instant at) {
        if (chambers.containsKey(chamber.id())) {
            throw new ChamberIdTakenException(chamber.id());
        }
        RegisteredChamber registered = new RegisteredChamber(chamber, 1, at, at);
        chambers.put(chamber.id(), registered);
        return registered;
    }

    @Override
    public synchronized RegisteredChamber replace(Chamber chamber, long expectedVersion, Instant at) {
        RegisteredChamber held = find(chamber.id()).orElseThrow(() -> new ChamberNotFoundException(chamber.id()));
        if (held.version() != expectedVersion) {
            throw new StaleChamberVersionException(chamber.id());
        }
        RegisteredChamber replaced = new RegisteredChamber(chamber, held.version() + 1, held.createdAt(), at);
        chambers.put(chamber.id(), replaced);
        return replaced;
    }
}
