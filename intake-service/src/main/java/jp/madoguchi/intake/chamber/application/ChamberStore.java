package jp.madoguchi.intake.chamber.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.RegisteredChamber;

/** Where the registry is kept: one entry per chamber, by id. Chambers are never deleted, only made inactive. */
public interface ChamberStore {

    /** Every chamber; a few dozen per federation, so the whole registry is read at once. */
    List<RegisteredChamber> all();

    Optional<RegisteredChamber> find(String chamberId);

    /**
     * Registers a new chamber at version 1.
     *
     * @throws ChamberIdTakenException when a chamber with its id exists (whoever inserted it, even at the same time)
     */
    RegisteredChamber insert(Chamber chamber, Instant at);

    /**
     * Replaces a chamber's fields, if it is still at {@code expectedVersion}; the version goes up by one.
     *
     * @throws ChamberNotFoundException when no chamber has its id
     * @throws StaleChamberVersionException when it was changed since that version
     */
    RegisteredChamber replace(Chamber chamber, long expectedVersion, Instant at);
}
