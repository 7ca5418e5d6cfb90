package jp.madoguchi.scheduling.platform.security;

import static jp.madoguchi.testsupport.AccessMatrix.Caller.ADMIN;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.ALG_NONE;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.ANALYST;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.CHAMBER_ADVISOR;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.CONSULTANT;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.EXPIRED;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.FEDERATION_STAFF;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.FORGED;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.HMAC_SIGNED;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.NO_AUDIENCE;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.NO_EXPIRY;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.NO_TOKEN;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.OPERATOR;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.OTHER_CHAMBER_ADVISOR;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.OTHER_CONSULTANT;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.SERVICE_CLIENT;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.WRONG_AUDIENCE;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.WRONG_ISSUER;
import static jp.madoguchi.testsupport.AccessMatrix.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.scheduling.booking.application.BookConsultation;
import jp.madoguchi.scheduling.booking.application.BookingOutcome;
import jp.madoguchi.scheduling.booking.application.FindAppointments;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.testsupport.AccessMatrix;
import jp.madoguchi.testsupport.AccessMatrix.Caller;
import jp.madoguchi.testsupport.AccessMatrix.Endpoint;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/**
 * ADR 0002 over real HTTP: every endpoint × every caller. Fails when the application has a request mapping
 * without an entry here, so a new endpoint cannot ship without someone deciding who may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@Import(SchedulingServiceTest.Clocks.class)
class AuthorizationMatrixIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    BookConsultation book;
    @Autowired
    FindAppointments find;
    @Autowired
    TestClock clock;

    /**
     * The matrix. {@code consultationId} is an appointment of the advisor's chamber with the consultant;
     * the other advisor and consultant have one of their own on the same day.
     */
    private List<Endpoint> endpoints(UUID consultationId, LocalDate day) {
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                endpoint(GET, "/api/v1/appointments?consultationId=" + consultationId)
                        .expect(401, NO_TOKEN, FORGED, ALG_NONE, HMAC_SIGNED, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE,
                                NO_AUDIENCE, NO_EXPIRY)
                        .expect(200, FEDERATION_STAFF, ADMIN, CHAMBER_ADVISOR, CONSULTANT)
                        .expect(404, OTHER_CHAMBER_ADVISOR, OTHER_CONSULTANT)
                        .expect(403, ANALYST, OPERATOR, SERVICE_CLIENT),
                endpoint(GET, "/api/v1/appointments?date=" + day)
                        .expect(401, NO_TOKEN, FORGED, ALG_NONE, HMAC_SIGNED, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE,
                                NO_AUDIENCE, NO_EXPIRY)
                        .expect(200, FEDERATION_STAFF, ADMIN, CHAMBER_ADVISOR, CONSULTANT, OTHER_CHAMBER_ADVISOR,
                                OTHER_CONSULTANT)
                        .expect(403, ANALYST, OPERATOR, SERVICE_CLIENT)));
        endpoints.addAll(AccessMatrix.operationsEndpoints());
        return endpoints;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsAgreed() {
        LocalDate monday = clock.startFreshWeek(DayOfWeek.MONDAY, LocalTime.of(7, 0));
        UUID own = bookFor(Caller.CHAMBER);
        UUID others = bookFor(Caller.OTHER_CHAMBER);
        assertThat(find.ofConsultation(own, AppointmentScope.EVERYTHING)).singleElement()
                .satisfies(a -> assertThat(a.consultantId()).isEqualTo(Caller.CONSULTANT_ID));
        assertThat(find.ofConsultation(others, AppointmentScope.EVERYTHING)).singleElement()
                .satisfies(a -> assertThat(a.consultantId()).isEqualTo(Caller.OTHER_CONSULTANT_ID));

        return endpoints(own, monday).stream()
                .flatMap(endpoint -> endpoint.rows().stream())
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> AccessMatrix.check(row, port)));
    }

    @Test
    void everyApplicationEndpointHasARow() {
        assertThat(AccessMatrix.unlisted(mappings, endpoints(UUID.randomUUID(), LocalDate.now())))
                .as("request mappings without a row in the authorization matrix")
                .isEmpty();
    }

    private UUID bookFor(String chamberId) {
        UUID consultationId = UUID.randomUUID();
        assertThat(book.book(new BookingRequest(consultationId, "chiba", chamberId, ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF))).isEqualTo(BookingOutcome.BOOKED);
        return consultationId;
    }

    /** Issue #7: no query parameter of any endpoint turns bad input into a 500, whatever its value. */
    @Test
    void noQueryParameterValueIsAServerError() {
        assertThat(jp.madoguchi.testsupport.QueryParameterProbe.serverErrors(mappings, port,
                jp.madoguchi.testsupport.TestTokens.user("probe", "FEDERATION_STAFF", "ADMIN", "ANALYST", "OPERATOR")
                        .bearer()))
                .as("GET requests answered with 5xx").isEmpty();
    }
}
