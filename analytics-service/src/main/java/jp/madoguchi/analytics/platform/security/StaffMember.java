package jp.madoguchi.analytics.platform.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The authenticated caller as controllers see it, built only from the verified token: authorization never
 * reads a chamber or consultant from the request.
 *
 * @param chamberId the advisor's chamber ({@code chamber_id}), else null
 * @param consultantId the consultant the user is ({@code consultant_id}), else null
 */
public record StaffMember(String subject, Set<Role> roles, String chamberId, String consultantId) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    static StaffMember of(Jwt jwt) {
        List<String> claimed = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        claimed.forEach(value -> Role.fromClaim(value).ifPresent(roles::add));
        return new StaffMember(jwt.getSubject(), roles, jwt.getClaimAsString("chamber_id"),
                jwt.getClaimAsString("consultant_id"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
