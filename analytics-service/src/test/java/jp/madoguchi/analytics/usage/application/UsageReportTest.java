package jp.madoguchi.analytics.usage.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.analytics.AnalyticsProperties;
import jp.madoguchi.analytics.usage.application.UsageReport.Report;
import jp.madoguchi.analytics.usage.domain.ChamberUsage;
import jp.madoguchi.analytics.usage.domain.FactPolicy;
import jp.madoguchi.analytics.usage.domain.UsagePeriod;
import jp.madoguchi.events.ConsultationEvent;

class UsageReportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private final InMemoryConsultationFacts facts = new InMemoryConsultationFacts();
    private final UsageReport report =
            new UsageReport(facts, Clock.fixed(NOW, ZoneOffset.UTC), new AnalyticsProperties("chiba"));

    @Test
    void theReportCountsEachChamberOfThisFederationByMilestone() {
        UUID completed = UUID.randomUUID();
        happened(Events.requested(completed, "chiba", "katsuura", Instant.parse("2026-11-20T01:00:00Z")),
                Events.scheduled(completed, Instant.parse("2026-11-20T01:00:05Z")),
                Events.completed(completed, Instant.parse("2026-11-24T03:00:00Z")));
        UUID cancelled = UUID.randomUUID();
        happened(Events.requested(cancelled, "chiba", "ichinomiya", Instant.parse("2026-11-21T01:00:00Z")),
                Events.scheduled(cancelled, Instant.parse("2026-11-21T01:00:05Z")),
                Events.cancelled(cancelled, Instant.parse("2026-11-22T01:00:00Z")));
        UUID waiting = UUID.randomUUID();
        happened(Events.requested(waiting, "chiba", "ichinomiya", Instant.parse("2026-11-22T01:00:00Z")));
        UUID otherFederation = UUID.randomUUID();
        happened(Events.requested(otherFederation, "ibaraki", "mito", Instant.parse("2026-11-22T01:00:00Z")));

        Report usage = report.perChamber(UsagePeriod.always());

        assertThat(usage.federationId()).isEqualTo("chiba");
        assertThat(usage.generatedAt()).isEqualTo(NOW);
        assertThat(usage.chambers()).containsExactly(
                new ChamberUsage("ichinomiya", 2, 1, 0, 1, 0, 0),
                new ChamberUsage("katsuura", 1, 1, 1, 0, 0, 0));
    }

    @Test
    void aPeriodCountsTheRequestsOfThoseTokyoDaysOnly() {
        // 2026-11-20 23:30 Tokyo is 14:30 UTC the same day; 2026-11-21 00:30 Tokyo is still the 20th in UTC.
        happened(Events.requested(UUID.randomUUID(), "chiba", "ichinomiya", Instant.parse("2026-11-20T14:30:00Z")));
        happened(Events.requested(UUID.randomUUID(), "chiba", "ichinomiya", Instant.parse("2026-11-20T15:30:00Z")));
        happened(Events.requested(UUID.randomUUID(), "chiba", "ichinomiya", Instant.parse("2026-11-22T15:30:00Z")));

        Report usage = report.perChamber(new UsagePeriod(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22)));

        assertThat(usage.chambers()).containsExactly(new ChamberUsage("ichinomiya", 1, 0, 0, 0, 0, 0));
    }

    @Test
    void aFederationWithoutRequestsGetsAnEmptyReport() {
        happened(Events.requested(UUID.randomUUID(), "ibaraki", "mito", Instant.parse("2026-11-22T01:00:00Z")));

        Report usage = report.perChamber(UsagePeriod.always());

        assertThat(usage.federationId()).isEqualTo("chiba");
        assertThat(usage.chambers()).isEmpty();
    }

    private void happened(ConsultationEvent... events) {
        for (ConsultationEvent event : events) {
            facts.apply(FactPolicy.factsFrom(event));
        }
    }
}
