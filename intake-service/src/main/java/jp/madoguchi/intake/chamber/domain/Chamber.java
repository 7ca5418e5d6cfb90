package jp.madoguchi.intake.chamber.domain;

import java.util.Objects;

/**
 * A member chamber (商工会) of the federation; {@code id} is its lowercase romaji slug, e.g. {@code ichinomiya}.
 *
 * @param region the prefecture's area it lies in (地域, e.g. 長生), by which the web form groups the chambers
 * @param municipalities the towns and cities, or parts of them, it serves, as a person writes them
 * @param active whether it takes new requests; an entry not yet confirmed by an administrator is inactive
 * @param memberCount member businesses, for per-100-members figures; null when not known
 */
public record Chamber(String id, String name, String region, String municipalities, boolean active,
        Integer memberCount) {

    public Chamber {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(municipalities, "municipalities");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("A chamber id is a lowercase slug: " + id);
        }
        if (memberCount != null && memberCount < 0) {
            throw new IllegalArgumentException("A member count is not negative");
        }
    }
}
