package jp.madoguchi.console.staff.adapter.in.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import jp.madoguchi.console.staff.domain.Role;
import jp.madoguchi.console.staff.domain.StaffUser;

/** The signed-in staff member as Spring Security sees it: roles become {@code ROLE_<role>} authorities. */
public record StaffPrincipal(String username, String passwordHash, List<Role> roles, String chamberId,
        String consultantId, boolean enabled) implements UserDetails {

    static StaffPrincipal of(StaffUser user) {
        return new StaffPrincipal(user.username(), user.passwordHash(),
                user.roles().stream().sorted().toList(), user.chamberId(), user.consultantId(), user.enabled());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + roles + "]"; // never the hash
    }
}
