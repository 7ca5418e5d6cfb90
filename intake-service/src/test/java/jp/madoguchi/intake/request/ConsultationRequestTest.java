package jp.madoguchi.intake.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.intake.chamber.domain.ChamberStanding;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.Membership;
import jp.madoguchi.events.OutreachSource;
import jp.madoguchi.events.RequestChannel;
import jp.madoguchi.intake.request.domain.Consents;
import jp.madoguchi.intake.request.domain.ConsultationRequest;
import jp.madoguchi.intake.request.domain.PersonalData;
import jp.madoguchi.intake.request.domain.ReferenceCode;
import jp.madoguchi.intake.request.domain.RequestDetails;
import jp.madoguchi.intake.request.domain.RequestRejectedException;
import jp.madoguchi.intake.request.domain.Violation;

class ConsultationRequestTest {

    private static final PersonalData PERSON = new PersonalData("山田 太郎", null, "山田商店", "+81475421234", null, "相談");

    @Test
    void referenceCodesUseOnlyUnambiguousCharacters() {
        Random random = new Random(42);
        for (int i = 0; i < 1000; i++) {
            assertThat(ReferenceCode.generate(random).value()).matches("MD-[^01ILOUV]{4}-[^01ILOUV]{4}");
        }
    }

    @Test
    void allBrokenRulesAreReportedAtOnce() {
        RequestDetails details = details(List.of(DayOfWeek.SATURDAY), false);
        RequestRejectedException rejected = catchThrowableOfType(RequestRejectedException.class,
                () -> receive(details, ChamberStanding.UNKNOWN));
        assertThat(rejected.violations()).extracting(Violation::field)
                .containsExactly("chamberId", "privacyConsent", "preferredDays");
        assertThat(rejected.getMessage()).doesNotContain("山田");
    }

    @Test
    void theAnnouncementCarriesNoPersonalData() {
        WithEvents<ConsultationRequest> received = receive(
                details(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY, DayOfWeek.MONDAY), true), ChamberStanding.ACTIVE);
        ConsultationRequest request = received.state();
        ConsultationRequested event = (ConsultationRequested) received.events().get(0);

        assertThat(event.toString()).doesNotContain("山田", "475421234", "相談");
        assertThat(event.preferredDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        assertThat(event.occurredAt()).isEqualTo(request.receivedAt());
        assertThat(PERSON.toString()).doesNotContain("山田");
    }

    @Test
    void anInactiveChamberTakesNoNewRequestAndSaysSoUnlikeAnUnknownOne() {
        RequestDetails details = details(List.of(DayOfWeek.MONDAY), true);

        assertThat(catchThrowableOfType(RequestRejectedException.class,
                () -> receive(details, ChamberStanding.INACTIVE)).violations())
                .containsExactly(new Violation("chamberId", "request.chamber.inactive"));
        assertThat(catchThrowableOfType(RequestRejectedException.class,
                () -> receive(details, ChamberStanding.UNKNOWN)).violations())
                .containsExactly(new Violation("chamberId", "request.chamber.unknown"));
    }

    private static WithEvents<ConsultationRequest> receive(RequestDetails details, ChamberStanding chamber) {
        return ConsultationRequest.receive(details, chamber, "2026-12", RequestOrigin.PUBLIC_FORM, UUID.randomUUID(),
                new ReferenceCode("MD-7K3P-9Q2X"), UUID.randomUUID(), Instant.parse("2026-11-26T01:15:30Z"), "chiba");
    }

    private static RequestDetails details(List<DayOfWeek> days, boolean consent) {
        return new RequestDetails("ichinomiya", RequestChannel.WEB, PERSON, null, null, ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, days, null, null, OutreachSource.FLYER, null, Membership.MEMBER,
                new Consents(consent, "2026-12", false));
    }
}
