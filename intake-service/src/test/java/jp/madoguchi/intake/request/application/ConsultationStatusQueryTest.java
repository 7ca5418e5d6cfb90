package jp.madoguchi.intake.request.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.application.InMemoryAuditEvents;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.request.domain.StatusChange;
import jp.madoguchi.intake.request.domain.StatusToken;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;

class ConsultationStatusQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T05:00:00Z");

    private final InMemoryConsultationRequestStore store = new InMemoryConsultationRequestStore();
    private final InMemoryAuditEvents audit = new InMemoryAuditEvents();
    private final ConsultationStatusQuery query =
            new ConsultationStatusQuery(store, new Audit(audit, Clock.fixed(NOW, ZoneOffset.UTC)));
    private final UUID consultationId = UUID.randomUUID();
    private final StatusToken token = Requests.received(store, consultationId, "ichinomiya");

    @Test
    void theRequesterHoldingTheStatusTokenSeesTheStatus() {
        ConsultationStatusView view = query.find(Caller.anonymous(), consultationId, token.value());

        assertThat(view.consultationId()).isEqualTo(consultationId);
        assertThat(view.chamberId()).isEqualTo("ichinomiya");
        assertThat(view.status()).isEqualTo("RECEIVED");
        assertThat(view.referenceCode()).matches("MD-[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(audit.entries()).as("the owner reading their own request is not audited").isEmpty();
    }

    @Test
    void aWrongStatusTokenIsAnsweredAsForAnUnknownRequest() {
        assertThatThrownBy(() -> query.find(Caller.anonymous(), consultationId, "not-the-token"))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThatThrownBy(() -> query.find(Caller.anonymous(), UUID.randomUUID(), token.value()))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void withoutAStatusTokenOrAStaffRoleNoStatusIsShown() {
        assertThatThrownBy(() -> query.find(Caller.anonymous(), consultationId, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> query.find(Callers.consultant("consultant-01"), consultationId, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> query.find(Callers.analyst(), consultationId, null))
                .isInstanceOf(AccessRefusedException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void federationStaffAndAdminsSeeAnyRequestAndEachReadIsAudited() {
        assertThat(query.find(Callers.federationStaff(), consultationId, null).consultationId())
                .isEqualTo(consultationId);
        assertThat(query.find(Callers.admin(), consultationId, null).consultationId()).isEqualTo(consultationId);

        assertThat(audit.entries())
                .extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::consultationId, AuditEvent::chamberId,
                        AuditEvent::outcome, AuditEvent::at)
                .containsExactly(
                        tuple("staff-suzuki", AuditAction.STATUS_READ_BY_STAFF, consultationId, "ichinomiya",
                                AuditOutcome.GRANTED, NOW),
                        tuple("admin-sato", AuditAction.STATUS_READ_BY_STAFF, consultationId, "ichinomiya",
                                AuditOutcome.GRANTED, NOW));
    }

    @Test
    void anAdvisorSeesTheRequestsOfTheirOwnChamber() {
        assertThat(query.find(Callers.advisorOf("ichinomiya"), consultationId, null).status()).isEqualTo("RECEIVED");

        assertThat(audit.entries()).extracting(AuditEvent::actor, AuditEvent::outcome)
                .containsExactly(tuple("advisor-ichinomiya", AuditOutcome.GRANTED));
    }

    @Test
    void anAdvisorOfAnotherChamberIsToldTheRequestDoesNotExistAndTheAttemptIsAudited() {
        assertThatThrownBy(() -> query.find(Callers.advisorOf("katsuura"), consultationId, null))
                .isInstanceOf(ConsultationNotFoundException.class);

        assertThat(audit.entries())
                .extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::consultationId, AuditEvent::outcome)
                .containsExactly(tuple("advisor-katsuura", AuditAction.STATUS_READ_BY_STAFF, consultationId,
                        AuditOutcome.DENIED));
    }

    @Test
    void staffAskingForAnUnknownRequestAreToldItDoesNotExist() {
        assertThatThrownBy(() -> query.find(Callers.federationStaff(), UUID.randomUUID(), null))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void aScheduledRequestShowsItsAppointmentInTokyoTime() {
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, "consultant-01", NOW);
        store.apply(StatusChange.of(scheduled).orElseThrow());

        ConsultationStatusView view = query.find(Caller.anonymous(), consultationId, token.value());

        assertThat(view.status()).isEqualTo("SCHEDULED");
        assertThat(view.appointment().appointmentId()).isEqualTo(scheduled.appointmentId());
        assertThat(view.appointment().startsAt()).isEqualTo(scheduled.startsAt());
        assertThat(view.appointment().localDate()).isEqualTo("2026-11-30");
        assertThat(view.appointment().localStartTime()).isEqualTo("09:30");
        assertThat(view.appointment().localEndTime()).isEqualTo("10:30");
        assertThat(view.appointment().mode()).isEqualTo(ConsultationMode.PHONE);
    }
}
