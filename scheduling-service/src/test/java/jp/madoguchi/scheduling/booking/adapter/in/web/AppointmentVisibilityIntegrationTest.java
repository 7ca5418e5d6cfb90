package jp.madoguchi.scheduling.booking.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.scheduling.booking.application.BookConsultation;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;
import jp.madoguchi.testsupport.TestTokens;

/**
 * Object-level access (ADR 0002): a consultant sees only their own appointments, an advisor only their
 * chamber's, and someone else's consultation answers exactly like one that does not exist.
 */
@SchedulingServiceTest
class AppointmentVisibilityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    BookConsultation book;
    @Autowired
    TestClock clock;

    LocalDate monday;
    UUID ichinomiyaWithConsultant1;
    UUID yachimataWithConsultant2;
    UUID yachimataWithConsultant1;

    @BeforeEach
    void threeAppointmentsOnOneDay() {
        monday = clock.startFreshWeek(DayOfWeek.MONDAY, LocalTime.of(7, 0));
        // Least-loaded consultant first, ties in roster order: consultant-01, consultant-02, consultant-01.
        ichinomiyaWithConsultant1 = book("ichinomiya");
        yachimataWithConsultant2 = book("yachimata");
        yachimataWithConsultant1 = book("yachimata");
    }

    @Test
    void federationStaffAndAdminsSeeTheWholeDay() throws Exception {
        for (TestTokens.Token everyone : List.of(TestTokens.federationStaff(), TestTokens.admin())) {
            assertThat(board(everyone)).containsExactlyInAnyOrder(ichinomiyaWithConsultant1.toString(),
                    yachimataWithConsultant2.toString(), yachimataWithConsultant1.toString());
        }
    }

    @Test
    void aConsultantSeesOnlyTheirOwnAppointments() throws Exception {
        assertThat(board(TestTokens.consultant("consultant-01")))
                .containsExactlyInAnyOrder(ichinomiyaWithConsultant1.toString(), yachimataWithConsultant1.toString());
        assertThat(board(TestTokens.consultant("consultant-02")))
                .containsExactly(yachimataWithConsultant2.toString());
        assertThat(board(TestTokens.consultant("consultant-99"))).isEmpty();
    }

    @Test
    void anAdvisorSeesOnlyTheirChambersAppointments() throws Exception {
        assertThat(board(TestTokens.advisor("ichinomiya"))).containsExactly(ichinomiyaWithConsultant1.toString());
        assertThat(board(TestTokens.advisor("yachimata")))
                .containsExactlyInAnyOrder(yachimataWithConsultant2.toString(), yachimataWithConsultant1.toString());
        assertThat(board(TestTokens.advisor("oamishirasato"))).isEmpty();
    }

    @Test
    void anAdvisorTokenWithoutAChamberSeesNothing() throws Exception {
        assertThat(board(TestTokens.user("advisor.nochamber", "CHAMBER_ADVISOR"))).isEmpty();
    }

    @Test
    void theChamberComesFromTheTokenNotFromTheRequest() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/appointments")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.advisor("ichinomiya").bearer())
                        .param("date", monday.toString())
                        .param("chamberId", "yachimata"))
                .andReturn();
        assertThat(consultationIds(result)).containsExactly(ichinomiyaWithConsultant1.toString());
    }

    @Test
    void ownConsultationsAreFoundById() throws Exception {
        assertThat(byConsultation(TestTokens.consultant("consultant-01"), ichinomiyaWithConsultant1).getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(byConsultation(TestTokens.advisor("yachimata"), yachimataWithConsultant1).getResponse()
                .getStatus()).isEqualTo(200);
    }

    @Test
    void someoneElsesConsultationLooksExactlyLikeAnUnknownOne() throws Exception {
        TestTokens.Token consultant = TestTokens.consultant("consultant-02");
        TestTokens.Token advisor = TestTokens.advisor("ichinomiya");

        assertSameNotFound(byConsultation(consultant, ichinomiyaWithConsultant1), byConsultation(consultant, UUID.randomUUID()));
        assertSameNotFound(byConsultation(advisor, yachimataWithConsultant2), byConsultation(advisor, UUID.randomUUID()));
    }

    @Test
    void federationStaffStillGetAnEmptyListForAnUnknownConsultation() throws Exception {
        MvcResult result = byConsultation(TestTokens.federationStaff(), UUID.randomUUID());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(consultationIds(result)).isEmpty();
    }

    private void assertSameNotFound(MvcResult someoneElses, MvcResult unknown) throws Exception {
        assertThat(someoneElses.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(someoneElses.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(someoneElses.getResponse().getContentAsString()).isEqualTo(unknown.getResponse().getContentAsString());
    }

    private List<String> board(TestTokens.Token caller) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/appointments")
                        .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                        .param("date", monday.toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return consultationIds(result);
    }

    private MvcResult byConsultation(TestTokens.Token caller, UUID consultationId) throws Exception {
        return mvc.perform(get("/api/v1/appointments")
                        .header(HttpHeaders.AUTHORIZATION, caller.bearer())
                        .param("consultationId", consultationId.toString()))
                .andReturn();
    }

    private static List<String> consultationIds(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].consultationId");
    }

    private UUID book(String chamberId) {
        UUID consultationId = UUID.randomUUID();
        book.book(new BookingRequest(consultationId, "chiba", chamberId, ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF));
        return consultationId;
    }
}
