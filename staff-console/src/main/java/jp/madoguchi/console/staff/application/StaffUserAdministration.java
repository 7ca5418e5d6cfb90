package jp.madoguchi.console.staff.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import jp.madoguchi.console.audit.application.AuditLog;
import jp.madoguchi.console.audit.domain.AuditAction;
import jp.madoguchi.console.audit.domain.AuditEvent;
import jp.madoguchi.console.staff.domain.StaffUser;

/**
 * The only way staff members are written: every change is validated by {@link StaffUser} and recorded in the
 * audit trail with the acting user, so there is no unaudited write path.
 */
@Service
public class StaffUserAdministration {

    private final StaffUserStore store;
    private final SignedInAccess signedIn;
    private final AuditLog auditLog;
    private final Clock clock;

    public StaffUserAdministration(StaffUserStore store, SignedInAccess signedIn, AuditLog auditLog, Clock clock) {
        this.store = store;
        this.signedIn = signedIn;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * @param actor the user name of whoever creates the user, or a system actor such as {@code system:local-demo}
     */
    public StaffUser create(String actor, List<String> actorRoles, NewStaffUser request) {
        StaffUser user = new StaffUser(request.username(), request.passwordHash(), request.roles(),
                request.chamberId(), request.consultantId(), true);
        store.insert(user);
        auditLog.append(AuditEvent.of(clock.instant(), actor, actorRoles, AuditAction.STAFF_USER_CREATED, "SUCCESS",
                user.username(), null));
        return user;
    }

    /**
     * Takes a staff member's access away at once: they can no longer sign in, their sessions end, and nothing they
     * were granted earlier yields a token. Access tokens already issued stay valid until they expire (ADR 0004).
     *
     * @return false if there is no such staff member
     */
    public boolean disable(String actor, List<String> actorRoles, String username) {
        Optional<StaffUser> user = store.find(username);
        if (user.isEmpty()) {
            return false;
        }
        store.replace(user.get().disabled());
        signedIn.endAll(username);
        auditLog.append(AuditEvent.of(clock.instant(), actor, actorRoles, AuditAction.STAFF_USER_DISABLED, "SUCCESS",
                username, null));
        return true;
    }

    public boolean noStaffYet() {
        return store.count() == 0;
    }
}
