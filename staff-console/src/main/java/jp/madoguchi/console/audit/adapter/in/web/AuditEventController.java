package jp.madoguchi.console.audit.adapter.in.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.console.audit.application.AuditLog;
import jp.madoguchi.console.audit.application.AuditQuery;
import jp.madoguchi.console.audit.domain.AuditEvent;

/** ADMIN only (enforced by the API filter chain): a bearer token from this issuer or an ADMIN's session. */
@RestController
@RequestMapping("/api/v1/audit-events")
class AuditEventController {

    private final AuditLog auditLog;

    AuditEventController(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    List<AuditEvent> find(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "100") int limit) {
        return auditLog.find(new AuditQuery(blankToNull(actor), blankToNull(action), from, to, limit));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
