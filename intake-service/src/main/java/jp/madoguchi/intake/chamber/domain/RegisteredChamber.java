package jp.madoguchi.intake.chamber.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A chamber as the registry holds it.
 *
 * @param version counts the changes since it was registered (1 when created); a change names the version it was
 *                made from, so that two administrators editing at once cannot silently overwrite each other
 */
public record RegisteredChamber(Chamber chamber, long version, Instant createdAt, Instant updatedAt) {

    public RegisteredChamber {
        Objects.requireNonNull(chamber, "chamber");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("A registered chamber's version starts at 1");
        }
    }

    public String id() {
        return chamber.id();
    }
}
