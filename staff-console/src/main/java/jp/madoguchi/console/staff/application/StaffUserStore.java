package jp.madoguchi.console.staff.application;

import java.util.Optional;

import jp.madoguchi.console.staff.domain.StaffUser;

public interface StaffUserStore {

    Optional<StaffUser> find(String username);

    /** Inserts a new staff member; {@link StaffUserExistsException} if the user name is taken. */
    void insert(StaffUser user);

    /** Replaces a stored staff member with {@code user} (same user name). */
    void replace(StaffUser user);

    long count();
}
