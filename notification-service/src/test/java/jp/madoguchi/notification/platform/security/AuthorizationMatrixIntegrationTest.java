package jp.madoguchi.notification.platform.security;

import static jp.madoguchi.testsupport.AccessMatrix.Caller.ADMIN;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.ALG_NONE;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.EXPIRED;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.FEDERATION_STAFF;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.FORGED;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.HMAC_SIGNED;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.NO_AUDIENCE;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.NO_EXPIRY;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.NO_TOKEN;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.OPERATOR;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.WRONG_AUDIENCE;
import static jp.madoguchi.testsupport.AccessMatrix.Caller.WRONG_ISSUER;
import static jp.madoguchi.testsupport.AccessMatrix.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;

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
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.madoguchi.testsupport.AccessMatrix;
import jp.madoguchi.testsupport.AccessMatrix.Endpoint;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;

/**
 * ADR 0002 over real HTTP: every endpoint × every caller. Fails when the application has a request mapping
 * without an entry here, so a new endpoint cannot ship without someone deciding who may call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class AuthorizationMatrixIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The matrix. The delivery log is for federation staff, operations and admins; nobody else. */
    private static List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>(List.of(
                endpoint(GET, "/api/v1/deliveries?consultationId=" + UUID.randomUUID())
                        .expect(401, NO_TOKEN, FORGED, ALG_NONE, HMAC_SIGNED, EXPIRED, WRONG_ISSUER, WRONG_AUDIENCE,
                                NO_AUDIENCE, NO_EXPIRY)
                        .expect(200, FEDERATION_STAFF, OPERATOR, ADMIN)
                        .otherwise(403)));
        endpoints.addAll(AccessMatrix.operationsEndpoints());
        return endpoints;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEveryCallerAsAgreed() {
        return endpoints().stream()
                .flatMap(endpoint -> endpoint.rows().stream())
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> AccessMatrix.check(row, port)));
    }

    @Test
    void everyApplicationEndpointHasARow() {
        assertThat(AccessMatrix.unlisted(mappings, endpoints()))
                .as("request mappings without a row in the authorization matrix")
                .isEmpty();
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
