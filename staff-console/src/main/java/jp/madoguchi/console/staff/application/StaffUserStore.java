package jp.madoguchi.console.staff.application;

import java.util.Optional;

import jp.madoguchi.console.staff.domain.StaffUser;

public interface StaffUserStore {

    Optional<StaffUser> find(String username);

    /** Inserts a new staff member; {@link StaffUserExistsException} if the user name is taken. */
    void insert(StaffUser user);

    long count();
}
