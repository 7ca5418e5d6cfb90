package jp.madoguchi.intake.chamber.application;

import java.util.List;
import java.util.Optional;

import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.chamber.domain.ChamberStanding;

/**
 * The member chambers of the federation this instance serves, as every new request reads them: from memory, never
 * waiting for the database (see {@link CachedChamberRegistry}).
 */
public interface ChamberRegistry {

    /** Sorted by id, so that lists and reports show them in a stable order. */
    List<Chamber> all();

    Optional<Chamber> find(String chamberId);

    /** Whether a new request may name this chamber. */
    default ChamberStanding standingOf(String chamberId) {
        return ChamberStanding.of(chamberId == null ? Optional.empty() : find(chamberId));
    }
}
