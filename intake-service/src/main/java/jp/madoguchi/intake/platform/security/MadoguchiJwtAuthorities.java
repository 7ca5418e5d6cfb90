package jp.madoguchi.intake.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The claims contract of ADR 0002: {@code roles} (array) → {@code ROLE_<role>}, {@code scope} (space-separated)
 * → {@code SCOPE_<scope>}, plus {@code chamber_id} and {@code consultant_id} into the {@link Caller}. An identity
 * provider other than the staff console maps its claims to these names; nothing else changes.
 */
public final class MadoguchiJwtAuthorities implements Converter<Jwt, AbstractAuthenticationToken> {

    static final String ROLES = "roles";
    static final String SCOPE = "scope";
    static final String CHAMBER_ID = "chamber_id";
    static final String CONSULTANT_ID = "consultant_id";

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> roleClaim = jwt.hasClaim(ROLES) ? jwt.getClaimAsStringList(ROLES) : List.of();
        for (String value : roleClaim == null ? List.<String>of() : roleClaim) {
            Role.of(value).ifPresent(roles::add);
        }
        Set<String> scopes = new LinkedHashSet<>(scopes(jwt.getClaims().get(SCOPE)));
        Caller caller = new Caller(jwt.getSubject(), roles, scopes, jwt.getClaimAsString(CHAMBER_ID),
                jwt.getClaimAsString(CONSULTANT_ID));
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(Scopes.authority(scope))));
        return new CallerAuthentication(caller, jwt, authorities);
    }

    /**
     * RFC 9068 sends scopes space-separated; Spring Authorization Server (our staff console) sends a JSON array.
     * Both mean the same, and a federation's own provider may send either.
     */
    private static List<String> scopes(Object claim) {
        if (claim instanceof String text) {
            return Arrays.stream(text.trim().split("\\s+")).filter(scope -> !scope.isEmpty()).toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
