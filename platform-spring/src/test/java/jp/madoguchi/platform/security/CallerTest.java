package jp.madoguchi.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** ADR 0002's claims contract, as every service now reads it. */
class CallerTest {

    private final MadoguchiJwtAuthorities authorities = new MadoguchiJwtAuthorities();

    @Test
    void knownRolesBecomeRoleAuthoritiesAndUnknownOnesGrantNothing() {
        Jwt jwt = token().claim("roles", List.of("CHAMBER_ADVISOR", "CONSULTANT", "SUPERUSER")).build();
        assertThat(names(jwt)).containsExactly("ROLE_CHAMBER_ADVISOR", "ROLE_CONSULTANT");
    }

    @Test
    void scopesMayComeSpaceSeparatedOrAsAnArray() {
        assertThat(names(token().claim("scope", "intake.contact.read  metrics.read").build()))
                .containsExactly("SCOPE_intake.contact.read", "SCOPE_metrics.read");
        assertThat(names(token().claim("scope", List.of("metrics.read")).build())).containsExactly("SCOPE_metrics.read");
    }

    @Test
    void aTokenWithNeitherGrantsNothing() {
        assertThat(names(token().build())).isEmpty();
    }

    @Test
    void theCallerComesFromTheClaimsOnly() {
        Jwt jwt = token().claim("roles", List.of("CHAMBER_ADVISOR", "SUPERUSER")).claim("chamber_id", "ichinomiya")
                .claim("scope", "metrics.read").build();
        Caller caller = Caller.of(jwt);
        assertThat(caller).isEqualTo(new Caller("someone", Set.of(Role.CHAMBER_ADVISOR), Set.of("metrics.read"),
                "ichinomiya", null));
        assertThat(caller.advisesChamber("ichinomiya")).isTrue();
        assertThat(caller.advisesChamber("yachimata")).isFalse();
        assertThat(CallerAuthentication.converter().convert(jwt).getPrincipal()).isEqualTo(caller);
    }

    @Test
    void anythingButAVerifiedTokenIsAnonymous() {
        assertThat(Caller.of((org.springframework.security.core.Authentication) null).isAnonymous()).isTrue();
        assertThat(Caller.of(new TestingAuthenticationToken("someone", "pw", "ROLE_ADMIN")).isAnonymous()).isTrue();
        Jwt jwt = token().claim("roles", List.of("ADMIN")).build();
        assertThat(Caller.of(new JwtAuthenticationToken(jwt)).has(Role.ADMIN)).isTrue();
    }

    private List<String> names(Jwt jwt) {
        return authorities.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }
}
