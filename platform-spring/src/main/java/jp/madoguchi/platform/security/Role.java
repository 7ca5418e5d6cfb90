package jp.madoguchi.platform.security;

import java.util.Optional;

/** The staff roles of ADR 0002, as the identity provider puts them in the {@code roles} claim. */
public enum Role {
    FEDERATION_STAFF,
    CHAMBER_ADVISOR,
    CONSULTANT,
    ANALYST,
    OPERATOR,
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** A role this service does not know (a newer identity provider's) grants nothing here. */
    public static Optional<Role> fromClaim(String claimValue) {
        for (Role role : values()) {
            if (role.name().equals(claimValue)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
