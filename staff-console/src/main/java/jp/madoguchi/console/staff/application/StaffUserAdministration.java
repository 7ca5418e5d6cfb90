package jp.madoguchi.console.staff.application;

import java.time.Clock;
import java.util.List;

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
    private final AuditLog auditLog;
    private final Clock clock;

    public StaffUserAdministration(StaffUserStore store, AuditLog auditLog, Clock clock) {
        this.store = store;
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

    public boolean noStaffYet() {
        return store.count() == 0;
    }
}
