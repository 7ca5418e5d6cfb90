package jp.madoguchi.intake.chamber.application;

import java.util.List;
import java.util.Optional;

import jp.madoguchi.intake.chamber.domain.Chamber;

/** The member chambers of the federation this instance serves. */
public interface ChamberRegistry {

    /** Sorted by id, so the form and reports list them in a stable order. */
    List<Chamber> all();

    Optional<Chamber> find(String chamberId);

    default boolean isKnown(String chamberId) {
        return chamberId != null && find(chamberId).isPresent();
    }
}
