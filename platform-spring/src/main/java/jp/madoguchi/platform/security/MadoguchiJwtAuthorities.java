package jp.madoguchi.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** ADR 0002's claim mapping: known {@code roles} → {@code ROLE_<role>}, {@code scope} → {@code SCOPE_<scope>}. */
public final class MadoguchiJwtAuthorities implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        Claims.roles(jwt).forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        Claims.scopes(jwt).forEach(scope -> authorities.add(new SimpleGrantedAuthority(Scopes.authority(scope))));
        return authorities;
    }
}
