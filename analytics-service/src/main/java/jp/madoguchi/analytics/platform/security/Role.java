package jp.madoguchi.analytics.platform.security;

import java.util.Optional;

/** The staff roles of the {@code roles} claim (ADR 0002). */
public enum Role {
    FEDERATION_STAFF,
    CHAMBER_ADVISOR,
    CONSULTANT,
    ANALYST,
    OPERATOR,
    ADMIN;

    /** A role this service does not know (a newer identity provider's) grants nothing here. */
    static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.name().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
