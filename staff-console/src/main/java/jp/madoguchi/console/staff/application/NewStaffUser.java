package jp.madoguchi.console.staff.application;

import java.util.Set;

import jp.madoguchi.console.staff.domain.Role;

/** A staff member to create; {@code passwordHash} is already encoded (never a raw password). */
public record NewStaffUser(String username, String passwordHash, Set<Role> roles, String chamberId,
        String consultantId) {
}
