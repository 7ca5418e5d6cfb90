package jp.madoguchi.analytics.usage.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import jp.madoguchi.analytics.AnalyticsProperties;
import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;

/** Use case: usage per chamber of this federation. Exact counts: it answers staff, not the public. */
@Service
public class UsageReport {

    private final ConsultationFacts facts;
    private final Clock clock;
    private final String federationId;

    public UsageReport(ConsultationFacts facts, Clock clock, AnalyticsProperties properties) {
        this.facts = facts;
        this.clock = clock;
        this.federationId = properties.federationId();
    }

    public Report perChamber(UsagePeriod period) {
        return new Report(federationId, clock.instant(), facts.usagePerChamber(federationId, period));
    }

    public record Report(String federationId, Instant generatedAt, List<ChamberUsage> chambers) {
    }
}
