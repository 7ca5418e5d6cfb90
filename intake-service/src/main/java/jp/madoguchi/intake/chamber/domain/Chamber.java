package jp.madoguchi.intake.chamber.domain;

import java.util.Objects;

/** A member chamber (商工会) of the federation; {@code id} is its lowercase romaji slug, e.g. {@code ichinomiya}. */
public record Chamber(String id, String name) {

    public Chamber {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A chamber id is a lowercase slug: " + id);
        }
    }
}
