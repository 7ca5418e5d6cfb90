package jp.madoguchi.analytics.usage.adapter.in.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.madoguchi.analytics.usage.application.UsageReport;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;
import jp.madoguchi.platform.web.InvalidInputException;

@RestController
@RequestMapping("/api/v1/analytics/chambers")
class ChamberUsageController {

    private final UsageReport usageReport;

    ChamberUsageController(UsageReport usageReport) {
        this.usageReport = usageReport;
    }

    /**
     * Consultations per chamber and milestone. {@code from}/{@code to} are Tokyo calendar dates of the
     * request, both inclusive, both optional.
     */
    @GetMapping("/usage")
    UsageReport.Report usage(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "usage.period.to-before-from");
        }
        return usageReport.perChamber(new UsagePeriod(from, to));
    }
}
