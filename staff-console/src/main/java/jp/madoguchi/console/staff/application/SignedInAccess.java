package jp.madoguchi.console.staff.application;

/** What a staff member holds from earlier sign-ins: browser sessions and the authorizations behind their tokens. */
public interface SignedInAccess {

    /**
     * Ends every session of this staff member and removes every authorization granted to them, so neither a
     * session nor a pending code or refresh token gives them anything from now on.
     */
    void endAll(String username);
}
