package jp.madoguchi.platform.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims contract of ADR 0002: {@code roles} (array), {@code scope}, {@code chamber_id}, {@code
 * consultant_id}. An identity provider other than the staff console maps its claims to these names.
 */
final class Claims {

    static final String ROLES = "roles";
    static final String SCOPE = "scope";
    static final String CHAMBER_ID = "chamber_id";
    static final String CONSULTANT_ID = "consultant_id";

    private Claims() {
    }

    static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> claimed = jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : null;
        for (String value : claimed == null ? List.<String>of() : claimed) {
            Role.fromClaim(value).ifPresent(roles::add);
        }
        return roles;
    }

    /**
     * RFC 9068 sends scopes space-separated; Spring Authorization Server (our staff console) sends a JSON array.
     * Both mean the same, and a federation's own provider may send either.
     */
    static Set<String> scopes(Jwt jwt) {
        Object claim = jwt.getClaims().get(SCOPE);
        if (claim instanceof String text) {
            return new LinkedHashSet<>(Arrays.stream(text.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        }
        if (claim instanceof Collection<?> values) {
            return new LinkedHashSet<>(values.stream().map(String::valueOf).toList());
        }
        return Set.of();
    }
}
