package jp.madoguchi.intake.request.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.intake.IntakeProperties;
import jp.madoguchi.intake.audit.application.Audit;
import jp.madoguchi.intake.audit.application.InMemoryAuditEvents;
import jp.madoguchi.intake.audit.domain.AuditAction;
import jp.madoguchi.intake.audit.domain.AuditEvent;
import jp.madoguchi.intake.audit.domain.AuditOutcome;
import jp.madoguchi.intake.chamber.application.InMemoryChamberRegistry;
import jp.madoguchi.intake.chamber.domain.Chamber;
import jp.madoguchi.intake.crypto.BlindIndex;
import jp.madoguchi.intake.request.domain.Appointment;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.OpenRequestLimitReachedException;
import jp.madoguchi.intake.request.domain.RequestRejectedException;
import jp.madoguchi.intake.request.domain.RequestStatus;
import jp.madoguchi.intake.request.domain.StatusChange;
import jp.madoguchi.intake.request.domain.StatusToken;
import jp.madoguchi.intake.request.domain.Violation;
import jp.madoguchi.platform.security.AccessRefusedException;
import jp.madoguchi.platform.security.Caller;

class SubmitConsultationRequestTest {

    /** Microseconds on purpose: what is stored, announced and shown is cut to milliseconds. */
    private static final Instant NOW = Instant.parse("2026-11-26T01:15:30.123456Z");
    private static final Instant NOW_MILLIS = Instant.parse("2026-11-26T01:15:30.123Z");

    private final InMemoryConsultationRequestStore store = new InMemoryConsultationRequestStore();
    private final InMemoryAuditEvents audit = new InMemoryAuditEvents();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SubmitConsultationRequest submit = new SubmitConsultationRequest(
            new InMemoryChamberRegistry(new Chamber("ichinomiya", "一宮町商工会", "長生", "一宮町", true, null),
                    new Chamber("katsuura", "勝浦市商工会", "夷隅", "勝浦市", true, null),
                    new Chamber("taiei", "大栄町商工会", "印旛", "成田市 旧大栄町", false, null)),
            store, new Audit(audit, clock), meters, clock,
            new IntakeProperties(Requests.FEDERATION, Requests.NOTICE_VERSION, Duration.ofHours(24)),
            new OpenRequestProperties(2), new BlindIndex(new byte[32]), new InMemoryRecentRequests());

    @Test
    void anAnonymousWebRequestIsStoredWithItsAnnouncementAndAStatusTokenOnlyTheRequesterHolds() {
        // The form claims the phone desk; an anonymous caller is the web form whatever it says.
        SubmittedRequest submitted = submit.submit(Caller.anonymous(),
                Requests.form("ichinomiya", RequestChannel.PHONE, true), null);

        ConsultationStatusView view = submitted.view();
        assertThat(view.chamberId()).isEqualTo("ichinomiya");
        assertThat(view.status()).isEqualTo(RequestStatus.RECEIVED.name());
        assertThat(view.receivedAt()).isEqualTo(NOW_MILLIS);
        assertThat(view.appointment()).isNull();

        assertThat(store.requests()).singleElement().satisfies(request -> {
            assertThat(request.consultationId()).isEqualTo(view.consultationId());
            assertThat(request.referenceCode().value()).isEqualTo(view.referenceCode());
            assertThat(request.details().channel()).isEqualTo(RequestChannel.WEB);
            assertThat(request.details().personalData()).isEqualTo(Requests.OWNER);
            assertThat(request.receivedAt()).isEqualTo(NOW_MILLIS);
        });
        assertThat(store.events()).singleElement().isInstanceOfSatisfying(ConsultationRequested.class, event -> {
            assertThat(event.consultationId()).isEqualTo(view.consultationId());
            assertThat(event.federationId()).isEqualTo("chiba");
            assertThat(event.referenceCode()).isEqualTo(view.referenceCode());
            assertThat(event.chamberId()).isEqualTo("ichinomiya");
            assertThat(event.channel()).isEqualTo(RequestChannel.WEB);
            assertThat(event.occurredAt()).isEqualTo(NOW_MILLIS);
            assertThat(event.outcomeSharedWithChamber()).isTrue();
            assertThat(event.origin()).isEqualTo(RequestOrigin.PUBLIC_FORM);
        });
        assertThat(StatusToken.matches(submitted.statusToken().value(), store.statusTokenHashOf(view.consultationId())))
                .isTrue();
        assertThat(store.statusTokenHashOf(view.consultationId())).isNotEqualTo(submitted.statusToken().value());
        assertThat(audit.entries()).as("an owner's own request is not a staff action").isEmpty();
        assertThat(meters.counter("madoguchi.intake.requests.accepted", "channel", "WEB", "topic", "FINANCE", "origin",
                "PUBLIC_FORM").count())
                .isEqualTo(1);
        assertThat(meters.timer("madoguchi.intake.requests.handling", "outcome", "accepted").count()).isEqualTo(1);
    }

    @Test
    void federationStaffTakeRequestsInForAnyChamberAndTheAuditTrailSaysWho() {
        Caller staff = Callers.federationStaff();

        SubmittedRequest submitted = submit.submit(staff, Requests.form("katsuura", RequestChannel.PHONE, true), null);

        assertThat(store.requests()).singleElement()
                .satisfies(request -> assertThat(request.details().channel()).isEqualTo(RequestChannel.PHONE));
        assertThat(store.events()).singleElement().isInstanceOfSatisfying(ConsultationRequested.class,
                event -> {
                    assertThat(event.channel()).isEqualTo(RequestChannel.PHONE);
                    assertThat(event.origin()).isEqualTo(RequestOrigin.FEDERATION_STAFF);
                });
        assertThat(audit.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("staff-suzuki");
            assertThat(entry.roles()).containsExactly("FEDERATION_STAFF");
            assertThat(entry.action()).isEqualTo(AuditAction.REQUEST_CREATED_BY_STAFF);
            assertThat(entry.consultationId()).isEqualTo(submitted.view().consultationId());
            assertThat(entry.chamberId()).isEqualTo("katsuura");
            assertThat(entry.outcome()).isEqualTo(AuditOutcome.GRANTED);
            assertThat(entry.at()).isEqualTo(NOW_MILLIS);
        });
    }

    @Test
    void anAdvisorTakesRequestsInForTheirOwnChamberThroughTheAdvisorChannel() {
        SubmittedRequest submitted = submit.submit(Callers.advisorOf("ichinomiya"),
                Requests.form("ichinomiya", RequestChannel.WEB, true), null);

        assertThat(store.requests()).singleElement()
                .satisfies(request -> assertThat(request.details().channel()).isEqualTo(RequestChannel.CHAMBER_ADVISOR));
        assertThat(store.events()).singleElement().isInstanceOfSatisfying(ConsultationRequested.class,
                event -> assertThat(event.channel()).isEqualTo(RequestChannel.CHAMBER_ADVISOR));
        assertThat(audit.entries()).extracting(AuditEvent::action, AuditEvent::consultationId, AuditEvent::chamberId)
                .containsExactly(tuple(AuditAction.REQUEST_CREATED_BY_STAFF,
                        submitted.view().consultationId(), "ichinomiya"));
        assertThat(meters.counter("madoguchi.intake.requests.accepted", "channel", "CHAMBER_ADVISOR", "topic",
                "FINANCE", "origin", "CHAMBER_ADVISOR").count()).isEqualTo(1);
    }

    @Test
    void anAdvisorNamingAnotherChamberIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> submit.submit(Callers.advisorOf("ichinomiya"), Requests.form("katsuura"), null))
                .isInstanceOf(AccessRefusedException.class);

        assertNothingStored();
        assertThat(meters.timer("madoguchi.intake.requests.handling", "outcome", "rejected").count()).isEqualTo(1);
    }

    @Test
    void rolesThatDoNotTakeRequestsInAreRefused() {
        assertThatThrownBy(() -> submit.submit(Callers.consultant("consultant-01"), Requests.form("ichinomiya"), null))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> submit.submit(Callers.analyst(), Requests.form("ichinomiya"), null))
                .isInstanceOf(AccessRefusedException.class);

        assertNothingStored();
    }

    @Test
    void anUnknownChamberIsRejectedAndNothingIsStored() {
        RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                () -> submit.submit(Caller.anonymous(), Requests.form("no-such-chamber"), null));

        assertThat(rejected.violations()).extracting(Violation::field).containsExactly("chamberId");
        assertNothingStored();
        assertThat(meters.timer("madoguchi.intake.requests.handling", "outcome", "rejected").count()).isEqualTo(1);
    }

    @Test
    void anInactiveChamberIsRefusedToOwnersAndStaffAlikeAndNothingIsStored() {
        for (Caller caller : List.of(Caller.anonymous(), Callers.federationStaff(), Callers.advisorOf("taiei"))) {
            RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                    () -> submit.submit(caller, Requests.form("taiei"), null));

            assertThat(rejected.violations()).as(caller.subject())
                    .containsExactly(new Violation("chamberId", "request.chamber.inactive"));
        }
        assertNothingStored();
    }

    @Test
    void aRequestWithoutPrivacyConsentIsRejectedAndNothingIsStored() {
        RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                () -> submit.submit(Caller.anonymous(), Requests.form("ichinomiya", RequestChannel.WEB, false), null));

        assertThat(rejected.violations()).extracting(Violation::field).containsExactly("privacyConsent");
        assertNothingStored();
    }

    @Test
    void staffRejectedByTheDomainRulesLeaveNoAuditEntry() {
        assertThatThrownBy(() -> submit.submit(Callers.federationStaff(), Requests.form("no-such-chamber"), null))
                .isInstanceOf(RequestRejectedException.class);

        assertNothingStored();
    }

    @Test
    void aTakenReferenceCodeIsDrawnAgain() {
        store.refuseNextReferenceCodes(1);

        SubmittedRequest submitted = submit.submit(Caller.anonymous(), Requests.form("ichinomiya"), null);

        ConsultationRequest stored = store.requests().get(0);
        assertThat(store.requests()).hasSize(1);
        assertThat(stored.consultationId()).isEqualTo(submitted.view().consultationId());
        assertThat(stored.referenceCode().value()).isEqualTo(submitted.view().referenceCode());
        assertThat(store.events()).singleElement().isInstanceOfSatisfying(ConsultationRequested.class,
                event -> assertThat(event.referenceCode()).isEqualTo(submitted.view().referenceCode()));
        assertThat(StatusToken.matches(submitted.statusToken().value(), store.statusTokenHashOf(stored.consultationId())))
                .isTrue();
        assertThat(meters.counter("madoguchi.intake.requests.accepted", "channel", "WEB", "topic", "FINANCE", "origin",
                "PUBLIC_FORM").count())
                .isEqualTo(1);
    }

    @Test
    void afterFiveTakenReferenceCodesTheSubmissionFails() {
        store.refuseNextReferenceCodes(5);

        assertThatThrownBy(() -> submit.submit(Caller.anonymous(), Requests.form("ichinomiya"), null))
                .isInstanceOf(ReferenceCodeTakenException.class);

        assertNothingStored();
        assertThat(meters.timer("madoguchi.intake.requests.handling", "outcome", "failed").count()).isEqualTo(1);
    }

    @Test
    void anOwnerHasAtMostTwoOpenRequestsThroughTheWebFormHoweverThePhoneNumberIsWritten() {
        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        submit.submit(Caller.anonymous(), Requests.form("katsuura", "0475421234"), null);

        OpenRequestLimitReachedException refused = catchThrowableOfType(OpenRequestLimitReachedException.class,
                () -> submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "０４７５-４２-１２３４"), null));

        assertThat(refused.limit()).isEqualTo(2);
        assertThat(store.requests()).hasSize(2);
        assertThat(store.events()).hasSize(2);
        assertThat(meters.counter("madoguchi.intake.requests.open-limit-reached").count()).isEqualTo(1);
        assertThat(meters.timer("madoguchi.intake.requests.handling", "outcome", "rejected").count()).isEqualTo(1);
    }

    @Test
    void staffAndAdvisorsAreNotLimitedAndOtherOwnersAreNotAffected() {
        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);

        submit.submit(Callers.federationStaff(), Requests.form("ichinomiya", "0475-42-1234"), null);
        submit.submit(Callers.advisorOf("ichinomiya"), Requests.form("ichinomiya", "0475-42-1234"), null);
        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "090-1234-5678"), null);

        assertThat(store.requests()).hasSize(5);
    }

    @Test
    void aFinishedRequestGivesItsSlotBackWhenTheOwnerAsksAgain() {
        SubmittedRequest first = submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        SubmittedRequest second = submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        // Scheduled for a consultation that is over by now, and cancelled: neither is open any more.
        store.apply(new StatusChange(UUID.randomUUID(), first.view().consultationId(), NOW_MILLIS,
                RequestStatus.SCHEDULED, StatusChange.AppointmentChange.SET, new Appointment(UUID.randomUUID(),
                        "consultant-01", NOW.minusSeconds(7200), NOW.minusSeconds(3600), ConsultationMode.PHONE), null));
        store.apply(new StatusChange(UUID.randomUUID(), second.view().consultationId(), NOW_MILLIS,
                RequestStatus.CANCELLED, StatusChange.AppointmentChange.CLEAR, null, null));

        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);

        assertThat(store.requests()).hasSize(4);
        assertThatThrownBy(() -> submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null))
                .isInstanceOf(OpenRequestLimitReachedException.class);
    }

    @Test
    void aRequestScheduledForLaterStaysOpen() {
        SubmittedRequest first = submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null);
        store.apply(new StatusChange(UUID.randomUUID(), first.view().consultationId(), NOW_MILLIS,
                RequestStatus.SCHEDULED, StatusChange.AppointmentChange.SET, new Appointment(UUID.randomUUID(),
                        "consultant-01", NOW.plusSeconds(86_400), NOW.plusSeconds(90_000), ConsultationMode.PHONE), null));

        assertThatThrownBy(() -> submit.submit(Caller.anonymous(), Requests.form("ichinomiya", "0475-42-1234"), null))
                .isInstanceOf(OpenRequestLimitReachedException.class);
    }

    private void assertNothingStored() {
        assertThat(store.requests()).isEmpty();
        assertThat(store.events()).isEmpty();
        assertThat(audit.entries()).isEmpty();
    }
}
