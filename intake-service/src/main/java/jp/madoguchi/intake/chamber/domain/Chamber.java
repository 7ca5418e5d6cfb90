package jp.madoguchi.intake.chamber.domain;

import java.util.ArrayList;
import java.util.List;
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

    /** A slug of 2 to 40 characters: it is part of URLs, events and every stored request. */
    public static final String ID_PATTERN = "[a-z][a-z0-9-]{1,39}";

    public Chamber {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(municipalities, "municipalities");
        if (!id.matches(ID_PATTERN)) {
            throw new IllegalArgumentException("A chamber id is a lowercase slug: " + id);
        }
        if (memberCount != null && memberCount < 0) {
            throw new IllegalArgumentException("A member count is not negative");
        }
    }

    public ChamberStanding standing() {
        return active ? ChamberStanding.ACTIVE : ChamberStanding.INACTIVE;
    }

    /**
     * The names of the fields in which this chamber differs from {@code before}, in declaration order: what the audit
     * trail says was changed (names only, never values).
     */
    public List<String> changedFrom(Chamber before) {
        if (!id.equals(before.id)) {
            throw new IllegalArgumentException("Not the same chamber: " + before.id + " and " + id);
        }
        List<String> changed = new ArrayList<>();
        if (!name.equals(before.name)) {
            changed.add("name");
        }
        if (!region.equals(before.region)) {
            changed.add("region");
        }
        if (!municipalities.equals(before.municipalities)) {
            changed.add("municipalities");
        }
        if (active != before.active) {
            changed.add("active");
        }
        if (!Objects.equals(memberCount, before.memberCount)) {
            changed.add("memberCount");
        }
        return List.copyOf(changed);
    }
}
