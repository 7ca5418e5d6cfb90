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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.intake.audit.application.AuditEventQuery;
import jp.madoguchi.intake.audit.application.AuditEventQuery.AuditPage;
import jp.madoguchi.intake.audit.application.AuditFilter;
import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.web.InvalidInputException;
import jp.madoguchi.platform.web.ServiceYears;
import jp.madoguchi.platform.security.Caller;

/** The audit trail for administrators: {@code GET /api/v1/audit-events?consultationId=&from=&to=&page=&limit=}. */
@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "Audit trail", description = "Who read which requester's contact details or request status, and which "
        + "requests staff took in: insert-only, never any personal data.")
class AuditEventController {

    private final AuditEventQuery query;

    AuditEventController(AuditEventQuery query) {
        this.query = query;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "listAuditEvents", summary = "List audit events, newest first",
            description = "`ADMIN` only; every other role or scope is refused. Filters combine; pages are `limit` "
                    + "entries long, and `hasMore` says whether another page follows.")
    @ApiResponse(responseCode = "200", description = "One page of audit events.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = AuditPage.class)))
    ResponseEntity<AuditPage> list(@AuthenticationPrincipal Caller caller,
            @Parameter(description = "Only the events of this consultation.")
            @RequestParam(required = false) UUID consultationId,
            @Parameter(description = "Only events at or after this instant (ISO-8601, inclusive).")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Only events before this instant (ISO-8601, exclusive); after `from`.")
            @RequestParam(required = false) Instant to,
            @Parameter(description = "The page, from 0.")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Entries per page, 1 to " + AuditEventQuery.MAX_LIMIT + ".")
            @RequestParam(defaultValue = "50") int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && !ServiceYears.contain(from)) {
            errors.add(new FieldError("from", "audit.period.out-of-range"));
        }
        if (to != null && !ServiceYears.contain(to)) {
            errors.add(new FieldError("to", "audit.period.out-of-range"));
        }
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
