package jp.madoguchi.analytics.usage.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import jp.madoguchi.analytics.usage.domain.UsagePeriod;
import jp.madoguchi.events.ConsultationCompleted;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.events.NotificationDelivered;
import jp.madoguchi.events.NotificationPurpose;
import jp.madoguchi.events.RecipientRole;

class RecordFactsTest {

    private static final Instant REQUESTED_AT = Instant.parse("2026-11-26T01:15:30Z");

    private final InMemoryConsultationFacts facts = new InMemoryConsultationFacts();
    private final RecordFacts record = new RecordFacts(facts);
    private final UUID consultationId = UUID.randomUUID();

    @Test
    void aRequestIsKeptWithItsChamberAndOutreachButNothingThatPointsAtAPerson() {
        ConsultationRequested requested = Events.requested(consultationId, "chiba", "ichinomiya", REQUESTED_AT);

        assertThat(record.on(requested)).isTrue();

        assertThat(facts.factsOf(consultationId))
                .containsEntry("federationId", "chiba")
                .containsEntry("chamberId", "ichinomiya")
                .containsEntry("channel", "WEB")
                .containsEntry("topic", "FINANCE")
                .containsEntry("outreachSource", "FLYER")
                .containsEntry("campaignCode", "FLYER-2026-AUTUMN")
                .containsEntry("membership", "MEMBER")
                .containsEntry("requested", true)
                .containsEntry("requestedAt", REQUESTED_AT)
                .doesNotContainKeys("requesterId", "referenceCode");
        assertThat(facts.factsOf(consultationId).values())
                .doesNotContain(requested.requesterId(), requested.requesterId().toString(), "MD-7K3P-9Q2X");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        ConsultationRequested requested = Events.requested(consultationId, "chiba", "ichinomiya", REQUESTED_AT);
        record.on(requested);

        assertThat(record.on(requested)).isFalse();

        assertThat(facts.usagePerChamber("chiba", UsagePeriod.always()))
                .singleElement().satisfies(usage -> assertThat(usage.requested()).isEqualTo(1));
    }

    @Test
    void aBookingArrivingBeforeItsRequestIsKeptAndCountedOnceTheRequestArrives() {
        ConsultationScheduled scheduled = Events.scheduled(consultationId, REQUESTED_AT.plusSeconds(5));

        assertThat(record.on(scheduled)).isTrue();
        assertThat(facts.factsOf(consultationId)).containsEntry("scheduled", true).containsEntry("mode", "WEB_MEETING")
                .doesNotContainKeys("chamberId", "requested", "consultantId");
        assertThat(facts.usagePerChamber("chiba", UsagePeriod.always()))
                .as("a consultation not yet requested is not counted").isEmpty();

        assertThat(record.on(Events.requested(consultationId, "chiba", "ichinomiya", REQUESTED_AT))).isTrue();

        assertThat(facts.usagePerChamber("chiba", UsagePeriod.always())).singleElement().satisfies(usage -> {
            assertThat(usage.chamberId()).isEqualTo("ichinomiya");
            assertThat(usage.requested()).isEqualTo(1);
            assertThat(usage.scheduled()).isEqualTo(1);
        });
    }

    @Test
    void eachMilestoneIsAFactAndApplyingItAgainChangesNothing() {
        record.on(Events.requested(consultationId, "chiba", "ichinomiya", REQUESTED_AT));
        record.on(Events.scheduled(consultationId, REQUESTED_AT.plusSeconds(5)));
        ConsultationCompleted completed = Events.completed(consultationId, REQUESTED_AT.plusSeconds(86_400));

        assertThat(record.on(completed)).isTrue();
        assertThat(record.on(completed)).isFalse();

        assertThat(facts.factsOf(consultationId)).containsEntry("completed", true)
                .containsEntry("outcome", "ADVICE_GIVEN").doesNotContainKey("consultantId");
    }

    @Test
    void aNotificationIsKeptOncePerEventAndNeverCountedTwice() {
        NotificationDelivered delivered = new NotificationDelivered(UUID.randomUUID(), REQUESTED_AT, consultationId,
                "chiba", UUID.randomUUID(), NotificationPurpose.CONFIRMATION, RecipientRole.OWNER,
                NotificationChannel.RECORD_ONLY, UUID.randomUUID());

        assertThat(record.on(delivered)).isTrue();
        assertThat(record.on(delivered)).isFalse();

        assertThat(facts.factsOf(consultationId).get("notificationsDelivered"))
                .asInstanceOf(InstanceOfAssertFactories.COLLECTION)
                .containsExactly(delivered.eventId().toString());
    }
}
