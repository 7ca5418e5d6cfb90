package jp.madoguchi.scheduling.booking.adapter.in.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.scheduling.booking.application.BookConsultation;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;
import jp.madoguchi.testsupport.TestTokens;

@SchedulingServiceTest
class AppointmentsApiIntegrationTest {

    /** Who sees every appointment; the narrower readers are in AppointmentVisibilityIntegrationTest. */
    private static final TestTokens.Token STAFF = TestTokens.federationStaff();

    @Autowired
    MockMvc mvc;
    @Autowired
    BookConsultation book;
    @Autowired
    TestClock clock;

    @Test
    void aConsultationsAppointmentInTheAgreedShape() throws Exception {
        LocalDate monday = clock.startFreshWeek(DayOfWeek.FRIDAY, LocalTime.of(14, 0)).plusWeeks(1);
        UUID consultationId = UUID.randomUUID();
        book.book(request(consultationId, ConsultationMode.WEB_MEETING));

        mvc.perform(appointmentsAsStaff().param("consultationId", consultationId.toString()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].appointmentId").isString())
                .andExpect(jsonPath("$[0].consultationId").value(consultationId.toString()))
                .andExpect(jsonPath("$[0].consultantId").value("consultant-01"))
                .andExpect(jsonPath("$[0].startsAt").value(monday + "T00:30:00Z"))
                .andExpect(jsonPath("$[0].endsAt").value(monday + "T01:30:00Z"))
                .andExpect(jsonPath("$[0].localDate").value(monday.toString()))
                .andExpect(jsonPath("$[0].localStartTime").value("09:30"))
                .andExpect(jsonPath("$[0].localEndTime").value("10:30"))
                .andExpect(jsonPath("$[0].mode").value("WEB_MEETING"))
                .andExpect(jsonPath("$[0].status").value("BOOKED"));
    }

    @Test
    void anUnknownConsultationHasNoAppointments() throws Exception {
        mvc.perform(appointmentsAsStaff().param("consultationId", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aDaysBoardListsItsAppointmentsInStartOrder() throws Exception {
        LocalDate monday = clock.startFreshWeek(DayOfWeek.MONDAY, LocalTime.of(7, 0));
        for (int i = 0; i < 3; i++) {
            book.book(request(UUID.randomUUID(), ConsultationMode.PHONE));
        }

        mvc.perform(appointmentsAsStaff().param("date", monday.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(3)))
                .andExpect(jsonPath("$[0].localStartTime").value("09:30"))
                .andExpect(jsonPath("$[1].localStartTime").value("09:30"))
                .andExpect(jsonPath("$[2].localStartTime").value("10:30"));
    }

    @Test
    void aMalformedConsultationIdIsAProblem() throws Exception {
        mvc.perform(appointmentsAsStaff().param("consultationId", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[0].field").value("consultationId"))
                .andExpect(jsonPath("$.errors[0].message").isString());
    }

    @Test
    void aMalformedDateIsAProblem() throws Exception {
        mvc.perform(appointmentsAsStaff().param("date", "2026-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    /** Found by the outside probe (issue #7): a date at the end of LocalDate's range was a 500. */
    @Test
    void aDateFarOutsideTheServiceCalendarIsAProblem() throws Exception {
        for (String date : List.of("-999999999-01-01", "+999999999-12-31", "1999-12-31", "2100-01-01")) {
            mvc.perform(appointmentsAsStaff().param("date", date))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("date"));
        }
    }

    @Test
    void aQueryNeedsExactlyOneCriterion() throws Exception {
        mvc.perform(appointmentsAsStaff())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)));
    }

    private static MockHttpServletRequestBuilder appointmentsAsStaff() {
        return get("/api/v1/appointments").header(HttpHeaders.AUTHORIZATION, STAFF.bearer());
    }

    private static BookingRequest request(UUID consultationId, ConsultationMode mode) {
        return new BookingRequest(consultationId, "chiba", "ichinomiya", ConsultationTopic.SUBSIDY, mode, List.of(),
                UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF);
    }
}
