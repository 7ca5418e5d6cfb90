package jp.madoguchi.intake.chamber.domain;

import java.util.Optional;

/** Whether a chamber named on a new request takes it: the only thing a request needs to know of the registry. */
public enum ChamberStanding {
    /** A member chamber taking requests. */
    ACTIVE,
    /** A chamber of the registry that takes no new requests (not yet confirmed, merged, paused). */
    INACTIVE,
    /** No chamber of the registry has this id. */
    UNKNOWN;

    public static ChamberStanding of(Optional<Chamber> chamber) {
        return chamber.map(Chamber::standing).orElse(UNKNOWN);
    }
}
