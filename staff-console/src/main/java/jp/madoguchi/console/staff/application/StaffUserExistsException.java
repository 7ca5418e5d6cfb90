package jp.madoguchi.console.staff.application;

public class StaffUserExistsException extends RuntimeException {

    public StaffUserExistsException(String username) {
        super("staff user exists: " + username);
    }
}
