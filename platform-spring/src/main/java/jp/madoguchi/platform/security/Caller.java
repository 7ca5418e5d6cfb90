package jp.madoguchi.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as the verified token says: never taken from the request's body, query or path. A controller
 * parameter of this type receives it (or {@code @AuthenticationPrincipal Caller}); an anonymous caller (the
 * owner's web form) has no subject, roles or scopes.
 *
 * @param subject the token's {@code sub}: a staff user name or a service's client id; {@code null} if anonymous
 * @param roles the known roles of the {@code roles} claim
 * @param scopes the {@code scope} claim (service clients)
 * @param chamberId the {@code chamber_id} claim a chamber advisor carries
 * @param consultantId the {@code consultant_id} claim a consultant carries
 */
public record Caller(String subject, Set<Role> roles, Set<String> scopes, String chamberId, String consultantId) {

    private static final Caller ANONYMOUS = new Caller(null, Set.of(), Set.of(), null, null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        scopes = Set.copyOf(scopes);
    }

    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** Controllers may receive {@code null} for an anonymous request; this turns it into the anonymous caller. */
    public static Caller orAnonymous(Caller caller) {
        return caller == null ? ANONYMOUS : caller;
    }

    public static Caller of(Jwt jwt) {
        return new Caller(jwt.getSubject(), Claims.roles(jwt), Claims.scopes(jwt),
                jwt.getClaimAsString(Claims.CHAMBER_ID), jwt.getClaimAsString(Claims.CONSULTANT_ID));
    }

    /** The caller of an authentication: a verified token's, else anonymous. */
    public static Caller of(Authentication authentication) {
        if (authentication instanceof CallerAuthentication verified) {
            return verified.getPrincipal();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    /** An advisor of exactly this chamber (the claim, not anything the request says). */
    public boolean advisesChamber(String chamber) {
        return has(Role.CHAMBER_ADVISOR) && chamberId != null && chamberId.equals(chamber);
    }

    /** For audit trails: role names, sorted. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
