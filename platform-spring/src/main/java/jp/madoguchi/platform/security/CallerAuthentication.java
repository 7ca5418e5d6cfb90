package jp.madoguchi.platform.security;

import java.util.Collection;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** A verified bearer token: the {@link Caller} is the principal, so {@code @AuthenticationPrincipal Caller} works. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final transient Jwt jwt;

    CallerAuthentication(Caller caller, Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.caller = caller;
        this.jwt = jwt;
        setAuthenticated(true);
    }

    /** The resource server's converter: a verified JWT becomes a {@link CallerAuthentication}. */
    public static Converter<Jwt, CallerAuthentication> converter() {
        MadoguchiJwtAuthorities authorities = new MadoguchiJwtAuthorities();
        return jwt -> new CallerAuthentication(Caller.of(jwt), jwt, authorities.convert(jwt));
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public Jwt getCredentials() {
        return jwt;
    }

    @Override
    public String getName() {
        return caller.subject();
    }
}
