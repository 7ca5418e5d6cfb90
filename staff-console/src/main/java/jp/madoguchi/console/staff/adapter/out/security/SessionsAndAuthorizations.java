package jp.madoguchi.console.staff.adapter.out.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import jp.madoguchi.console.platform.security.AuthorizationsByPrincipal;
import jp.madoguchi.console.staff.application.SignedInAccess;

/**
 * Ends a staff member's access in this console instance: their sessions are marked expired in the registry (the
 * {@code SessionLimits} filter invalidates such a session on its next request) and their authorizations removed.
 */
@Component
class SessionsAndAuthorizations implements SignedInAccess {

    private final SessionRegistry sessions;
    private final AuthorizationsByPrincipal authorizations;

    SessionsAndAuthorizations(SessionRegistry sessions, AuthorizationsByPrincipal authorizations) {
        this.sessions = sessions;
        this.authorizations = authorizations;
    }

    @Override
    public void endAll(String username) {
        // Matched by name: the registry holds the principal as it was at sign-in (then still enabled).
        sessions.getAllPrincipals().stream()
                .filter(p -> p instanceof UserDetails user && user.getUsername().equals(username))
                .flatMap(p -> sessions.getAllSessions(p, true).stream())
                .forEach(SessionInformation::expireNow);
        authorizations.removeAllOf(username);
    }
}
