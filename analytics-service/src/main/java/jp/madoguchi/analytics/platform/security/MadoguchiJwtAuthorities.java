package jp.madoguchi.analytics.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** ADR 0002's claim mapping: {@code roles} → {@code ROLE_<role>}, {@code scope} → {@code SCOPE_<scope>}. */
public final class MadoguchiJwtAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (jwt.hasClaim("roles")) {
            jwt.getClaimAsStringList("roles").forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        for (String scope : scopes(jwt.getClaims().get("scope"))) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope));
        }
        return authorities;
    }

    /** OAuth2 sends scopes space-separated; some providers send a JSON array instead. */
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
