package jp.madoguchi.analytics.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class MadoguchiJwtAuthoritiesTest {

    private final MadoguchiJwtAuthorities authorities = new MadoguchiJwtAuthorities();

    @Test
    void rolesBecomeRoleAuthorities() {
        Jwt jwt = token().claim("roles", List.of("CHAMBER_ADVISOR", "CONSULTANT")).build();
        assertThat(names(jwt)).containsExactly("ROLE_CHAMBER_ADVISOR", "ROLE_CONSULTANT");
    }

    @Test
    void spaceSeparatedScopesBecomeScopeAuthorities() {
        Jwt jwt = token().claim("scope", "intake.contact.read  other.scope").build();
        assertThat(names(jwt)).containsExactly("SCOPE_intake.contact.read", "SCOPE_other.scope");
    }

    @Test
    void aTokenWithNeitherGrantsNothing() {
        assertThat(names(token().build())).isEmpty();
    }

    @Test
    void theStaffMemberComesFromTheClaimsAndIgnoresUnknownRoles() {
        Jwt jwt = token().claim("roles", List.of("CHAMBER_ADVISOR", "SUPERUSER")).claim("chamber_id", "ichinomiya").build();
        assertThat(StaffMember.of(jwt)).isEqualTo(
                new StaffMember("someone", Set.of(Role.CHAMBER_ADVISOR), "ichinomiya", null));
    }

    private List<String> names(Jwt jwt) {
        return authorities.convert(jwt).stream().map(GrantedAuthority::getAuthority).toList();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }
}
