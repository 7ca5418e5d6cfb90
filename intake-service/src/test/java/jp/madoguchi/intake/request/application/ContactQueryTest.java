package jp.madoguchi.intake.request.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.ConsultationScheduled;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.application.InMemoryAuditEvents;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.request.domain.ContactDetails;
import jp.madoguchi.intake.request.domain.StatusChange;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;

class ContactQueryTest {

    private static final Instant NOW = Instant.parse("2026-11-26T05:00:00Z");

    private final InMemoryConsultationRequestStore store = new InMemoryConsultationRequestStore();
    private final InMemoryAuditEvents audit = new InMemoryAuditEvents();
    private final ContactQuery query = new ContactQuery(store, new Audit(audit, Clock.fixed(NOW, ZoneOffset.UTC)));
    private final UUID consultationId = UUID.randomUUID();

    ContactQueryTest() {
        Requests.received(store, consultationId, "ichinomiya");
    }

    @Test
    void theNotificationClientGetsEveryWayToReachTheOwnerAndTheReadIsAudited() {
        ContactDetails details = query.read(Callers.notificationClient(), consultationId);

        assertThat(details).isEqualTo(new ContactDetails("山田 太郎", "ヤマダ タロウ", "山田商店", "+81475421234", "taro@example.jp"));
        assertThat(audit.entries())
                .extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::consultationId, AuditEvent::chamberId,
                        AuditEvent::outcome, AuditEvent::at)
                .containsExactly(tuple("notification-service", AuditAction.CONTACT_READ, consultationId, "ichinomiya",
                        AuditOutcome.GRANTED, NOW));
    }

    @Test
    void theAssignedConsultantGetsNameAndPhoneOnly() {
        scheduledWith("consultant-01");

        ContactDetails details = query.read(Callers.consultant("consultant-01"), consultationId);

        assertThat(details).isEqualTo(new ContactDetails("山田 太郎", "ヤマダ タロウ", null, "+81475421234", null));
        assertThat(audit.entries()).extracting(AuditEvent::actor, AuditEvent::outcome)
                .containsExactly(tuple("user-consultant-01", AuditOutcome.GRANTED));
    }

    @Test
    void anotherConsultantIsToldTheRequestDoesNotExistAndTheAttemptIsAudited() {
        scheduledWith("consultant-01");

        assertThatThrownBy(() -> query.read(Callers.consultant("consultant-02"), consultationId))
                .isInstanceOf(ConsultationNotFoundException.class);

        assertThat(audit.entries())
                .extracting(AuditEvent::actor, AuditEvent::action, AuditEvent::chamberId, AuditEvent::outcome)
                .containsExactly(tuple("user-consultant-02", AuditAction.CONTACT_READ, "ichinomiya",
                        AuditOutcome.DENIED));
    }

    @Test
    void noConsultantReadsTheContactOfAnUnscheduledRequest() {
        assertThatThrownBy(() -> query.read(Callers.consultant("consultant-01"), consultationId))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThat(audit.entries()).extracting(AuditEvent::outcome).containsExactly(AuditOutcome.DENIED);
    }

    @Test
    void theConsultantLosesAccessWhenTheAppointmentIsCancelled() {
        ConsultationScheduled scheduled = scheduledWith("consultant-01");
        store.apply(StatusChange.of(SchedulingEvents.cancelled(consultationId, scheduled.appointmentId(),
                NOW.plusSeconds(60))).orElseThrow());

        assertThatThrownBy(() -> query.read(Callers.consultant("consultant-01"), consultationId))
                .isInstanceOf(ConsultationNotFoundException.class);
    }

    @Test
    void callersWithNeitherTheContactScopeNorTheConsultantRoleAreRefused() {
        for (Caller caller : new Caller[] {Caller.anonymous(), Callers.federationStaff(), Callers.admin(),
                Callers.advisorOf("ichinomiya"), Callers.analyst()}) {
            assertThatThrownBy(() -> query.read(caller, consultationId)).as(String.valueOf(caller.subject()))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void anUnknownRequestIsNotFound() {
        assertThatThrownBy(() -> query.read(Callers.notificationClient(), UUID.randomUUID()))
                .isInstanceOf(ConsultationNotFoundException.class);
        assertThat(audit.entries()).isEmpty();
    }

    @Test
    void nothingIsShownWhenTheReadCannotBeAudited() {
        audit.becomeUnavailable();

        assertThatThrownBy(() -> query.read(Callers.notificationClient(), consultationId))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Audit trail unavailable");
    }

    private ConsultationScheduled scheduledWith(String consultantId) {
        ConsultationScheduled scheduled = SchedulingEvents.scheduled(consultationId, consultantId, NOW);
        store.apply(StatusChange.of(scheduled).orElseThrow());
        return scheduled;
    }
}
