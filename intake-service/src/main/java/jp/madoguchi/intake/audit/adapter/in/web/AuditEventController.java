package jp.madoguchi.intake.audit.adapter.in.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.intake.audit.application.AuditEventQuery;
import jp.madoguchi.intake.audit.application.AuditEventQuery.AuditPage;
import jp.madoguchi.intake.audit.application.AuditFilter;
import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.web.InvalidInputException;
import jp.madoguchi.platform.security.Caller;

/** The audit trail for administrators: {@code GET /api/v1/audit-events?consultationId=&from=&to=&page=&limit=}. */
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditEventController {

    private final AuditEventQuery query;

    AuditEventController(AuditEventQuery query) {
        this.query = query;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AuditPage> list(@AuthenticationPrincipal Caller caller,
            @RequestParam(required = false) UUID consultationId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "audit.period.to-not-after-from"));
        }
        if (page < 0 || page > AuditEventQuery.MAX_PAGE) {
            errors.add(new FieldError("page", "audit.page.out-of-range"));
        }
        if (limit < 1 || limit > AuditEventQuery.MAX_LIMIT) {
            errors.add(new FieldError("limit", "audit.limit.out-of-range"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AuditPage result = query.list(Caller.orAnonymous(caller), new AuditFilter(consultationId, from, to), page, limit);
        return ResponseEntity.ok(result);
    }
}
