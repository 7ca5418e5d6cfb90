package jp.madoguchi.analytics.usage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.ErasureTrigger;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RecipientRole;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.RequesterErased;

class FactPolicyTest {

    private final UUID consultationId = UUID.randomUUID();
    private final UUID requesterId = UUID.randomUUID();

    @Test
    void aRequestGivesItsChamberOutreachAndMilestoneButNoPersonOrReferenceCode() {
        FactUpdate update = FactPolicy.factsFrom(requested());

        assertThat(update.set()).containsEntry("chamberId", "ichinomiya").containsEntry("outreachSource", "FLYER")
                .containsEntry("campaignCode", "FLYER-2026-AUTUMN").containsEntry("membership", "MEMBER")
                .containsEntry("requested", true).containsEntry("requestedAt", Instant.parse("2026-11-26T01:15:30Z"));
        assertThat(update.set()).doesNotContainKeys("requesterId", "referenceCode");
        assertThat(update.set().values()).doesNotContain(requesterId, requesterId.toString(), "MDG-7KQ4-9XZ2");
    }

    @Test
    void aBookingSetsOnlyItsOwnFactsSoItCanArriveBeforeTheRequest() {
        FactUpdate update = FactPolicy.factsFrom(new ConsultationScheduled(UUID.randomUUID(),
                Instant.parse("2026-11-26T01:15:31Z"), consultationId, "chiba", UUID.randomUUID(), "consultant-01",
                Instant.parse("2026-11-30T00:30:00Z"), Instant.parse("2026-11-30T01:30:00Z"), ConsultationMode.PHONE));

        assertThat(update.set()).containsEntry("scheduled", true).containsEntry("mode", "PHONE")
                .doesNotContainKeys("chamberId", "requested", "consultantId");
    }

    @Test
    void anErasureChangesNoFactAndCarriesNoPseudonymIntoAnalytics() {
        FactUpdate update = FactPolicy.factsFrom(new RequesterErased(UUID.randomUUID(), Instant.now(), consultationId,
                "chiba", requesterId, UUID.randomUUID(), ErasureTrigger.RETENTION));

        assertThat(update.set()).containsOnlyKeys("federationId");
        assertThat(update.addToSet()).isNull();
    }

    @Test
    void aNotificationAddsItsEventIdToASetInsteadOfCounting() {
        UUID eventId = UUID.randomUUID();
        FactUpdate update = FactPolicy.factsFrom(new NotificationDelivered(eventId, Instant.now(), consultationId,
                "chiba", UUID.randomUUID(), NotificationPurpose.CONFIRMATION, RecipientRole.OWNER,
                NotificationChannel.RECORD_ONLY, UUID.randomUUID()));

        assertThat(update.addToSet()).isEqualTo(new FactUpdate.SetAddition("notificationsDelivered", eventId.toString()));
    }

    @Test
    void aPeriodIsTokyoCalendarDaysInclusive() {
        UsagePeriod november26 = new UsagePeriod(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26));

        assertThat(november26.start()).contains(Instant.parse("2026-11-25T15:00:00Z"));
        assertThat(november26.end()).contains(Instant.parse("2026-11-26T15:00:00Z"));
        assertThatThrownBy(() -> new UsagePeriod(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 26)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private ConsultationRequested requested() {
        return new ConsultationRequested(UUID.randomUUID(), Instant.parse("2026-11-26T01:15:30Z"), consultationId,
                "chiba", "MDG-7KQ4-9XZ2", requesterId, "ichinomiya", RequestChannel.WEB, ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(DayOfWeek.MONDAY), OutreachSource.FLYER, "FLYER-2026-AUTUMN",
                Membership.MEMBER, false, RequestOrigin.PUBLIC_FORM, null, null, null, null);
    }
}
