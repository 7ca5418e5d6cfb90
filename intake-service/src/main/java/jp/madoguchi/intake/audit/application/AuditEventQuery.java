package jp.madoguchi.intake.audit.application;

import java.util.List;

import org.springframework.stereotype.Service;

import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;
import jp.madoguchi.platform.security.Role;

/** Lists the audit trail for administrators. */
@Service
public class AuditEventQuery {

    public static final int MAX_LIMIT = 200;
    /** Far beyond any real trail, and small enough that page × limit never overflows an int. */
    public static final int MAX_PAGE = 100_000;

    private final AuditLog log;

    AuditEventQuery(AuditLog log) {
        this.log = log;
    }

    /** One page, newest first; {@code hasMore} tells whether another page follows. */
    public AuditPage list(Caller caller, AuditFilter filter, int page, int limit) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessRefusedException("Only administrators read the audit trail");
        }
        if (page < 0 || page > MAX_PAGE || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("0 <= page <= " + MAX_PAGE + " and 1 <= limit <= " + MAX_LIMIT);
        }
        List<AuditEvent> found = log.find(filter, page * limit, limit + 1);
        boolean hasMore = found.size() > limit;
        return new AuditPage(hasMore ? found.subList(0, limit) : found, page, limit, hasMore);
    }

    public record AuditPage(List<AuditEvent> items, int page, int limit, boolean hasMore) {
    }
}
