package jp.madoguchi.console.staff.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to the platform. The password is only ever held as a hash. An advisor belongs to exactly
 * one chamber and a consultant is exactly one consultant; nobody else carries those bindings, so a token never
 * claims a chamber its holder has nothing to do with.
 */
public record StaffUser(String username, String passwordHash, Set<Role> roles, String chamberId, String consultantId,
        boolean enabled) {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public StaffUser {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        chamberId = blankToNull(chamberId);
        consultantId = blankToNull(consultantId);
        List<Violation> violations = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            violations.add(new Violation("username", "3〜64 文字の半角英小文字・数字・「.」「_」「-」で指定してください"));
        }
        if (passwordHash == null || passwordHash.isBlank()) {
            violations.add(new Violation("password", "パスワードを指定してください"));
        }
        if (roles.isEmpty()) {
            violations.add(new Violation("roles", "役割を一つ以上指定してください"));
        }
        checkBinding(roles.contains(Role.CHAMBER_ADVISOR), chamberId, "chamberId", "経営指導員", violations);
        checkBinding(roles.contains(Role.CONSULTANT), consultantId, "consultantId", "専門家", violations);
        if (!violations.isEmpty()) {
            throw new StaffUserRejectedException(violations);
        }
    }

    /** The same member, no longer allowed to sign in or to be given tokens. */
    public StaffUser disabled() {
        return new StaffUser(username, passwordHash, roles, chamberId, consultantId, false);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    private static void checkBinding(boolean required, String value, String field, String roleName,
            List<Violation> violations) {
        if (required && value == null) {
            violations.add(new Violation(field, roleName + "には " + field + " が必要です"));
        } else if (!required && value != null) {
            violations.add(new Violation(field, field + " は" + roleName + "にだけ指定できます"));
        } else if (value != null && !SLUG.matcher(value).matches()) {
            violations.add(new Violation(field, "半角英小文字・数字・「-」で指定してください"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
