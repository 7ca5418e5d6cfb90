package jp.madoguchi.analytics.usage.adapter.in.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jp.madoguchi.analytics.usage.application.UsageReport;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;
import jp.madoguchi.platform.web.FieldError;
import jp.madoguchi.platform.web.InvalidInputException;
import jp.madoguchi.platform.web.ServiceYears;

@RestController
@RequestMapping("/api/v1/analytics/chambers")
@Tag(name = "Chamber usage", description = "How many consultations each chamber's owners requested and how far they "
        + "got: counts only, never a consultation.")
class ChamberUsageController {

    private final UsageReport usageReport;

    ChamberUsageController(UsageReport usageReport) {
        this.usageReport = usageReport;
    }

    /**
     * Consultations per chamber and milestone. {@code from}/{@code to} are Tokyo calendar dates of the
     * request, both inclusive, both optional.
     */
    @GetMapping(path = "/usage", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getChamberUsage", summary = "Report consultations per chamber and milestone",
            description = "`ANALYST`, `FEDERATION_STAFF` and `ADMIN`; chamber advisors, consultants, operators and "
                    + "service clients are refused. One entry per chamber with at least one requested consultation, "
                    + "by chamber id; each number counts the consultations that reached that milestone. Exact "
                    + "counts: this answers staff, not the public.")
    @ApiResponse(responseCode = "200", description = "The usage report of the federation.")
    UsageReport.Report usage(
            @Parameter(description = "Only requests made on or after this Asia/Tokyo date (ISO-8601, inclusive).")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Only requests made on or before this Asia/Tokyo date (ISO-8601, inclusive); "
                    + "not before `from`.")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && !ServiceYears.contain(from)) {
            errors.add(new FieldError("from", "usage.period.out-of-range"));
        }
        if (to != null && !ServiceYears.contain(to)) {
            errors.add(new FieldError("to", "usage.period.out-of-range"));
        }
        if (errors.isEmpty() && from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", "usage.period.to-before-from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return usageReport.perChamber(new UsagePeriod(from, to));
    }
}
