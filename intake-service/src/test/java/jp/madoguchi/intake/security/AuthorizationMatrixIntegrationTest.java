package jp.madoguchi.intake.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.WebEndpointsSupplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;
import jp.madoguchi.events.Topic;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import jp.madoguchi.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every endpoint × every kind of caller → the status ADR 0002 prescribes, over real HTTP with real tokens. The
 * table is the specification: a new endpoint (controller mapping or exposed actuator operation) without a row
 * fails {@link #everyEndpointHasARow()}; a row without a column for some caller fails {@link #everyRowIsComplete()}.
 * The fixture is one request of chamber {@code ichinomiya}, scheduled with consultant {@code consultant-01}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

    /** The columns of {@link #MATRIX}, in order. */
    enum Who {
        NO_TOKEN, FORGED, ALG_NONE, EXPIRED, WRONG_ISSUER,
        FEDERATION_STAFF, ADVISOR_OWN_CHAMBER, ADVISOR_OTHER_CHAMBER, CONSULTANT_ASSIGNED, CONSULTANT_NOT_ASSIGNED,
        ANALYST, OPERATOR, ADMIN, NOTIFICATION_CLIENT, OTHER_CLIENT,
        /** Anonymous, with the fixture's status token in {@code X-Status-Token}. */
        STATUS_TOKEN,
        /** Anonymous, with a made-up status token. */
        WRONG_STATUS_TOKEN
    }

    // @formatter:off
    // The owner's actions come last: a withdrawal ends what the rows before it read. An admin's change of a chamber
    // without If-Match is 428: past the access rules, and nothing changes for the other test classes.
    // The admin's erasure is refused (409) because the fixture is still to come, so it erases nothing the
    // later rows need.
    // The owner's web pages change nothing here (an empty form, the withdrawal's confirmation question, a
    // date change without a mode).
    private static final String MATRIX = """
            endpoint                                                  none forged algNone expired wrongIss staff advOwn advOther consAssigned consOther analyst operator admin notifyClient otherClient statusToken wrongStatusToken
            POST /api/v1/consultation-requests                        201  401    401     401     401      201   201    403      403          403       403     403      403   403          403         201         201
            GET  /api/v1/consultation-requests/{consultationId}       401  401    401     401     401      200   200    404      403          403       403     403      200   403          403         200         404
            GET  /api/v1/consultation-requests/{consultationId}/contact 401 401   401     401     401      403   403    403      200          404       403     403      403   200          403         401         401
            GET  /api/v1/chambers                                     200  401    401     401     401      200   200    200      200          200       200     200      200   200          200         200         200
            GET  /api/v1/audit-events                                 401  401    401     401     401      403   403    403      403          403       403     403      200   403          403         401         401
            GET  /actuator                                            401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/health                                     200  401    401     401     401      200   200    200      200          200       200     200      200   200          200         200         200
            GET  /actuator/health/{*path}                             200  401    401     401     401      200   200    200      200          200       200     200      200   200          200         200         200
            GET  /actuator/info                                       401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/prometheus                                 401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/metrics                                    401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/metrics/{requiredMetricName}               401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/loggers                                    401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/loggers/{name}                             401  401    401     401     401      403   403    403      403          403       403     200      403   403          403         401         401
            GET  /actuator/env                                        401  401    401     401     401      403   403    403      403          403       403     404      403   403          403         401         401
            GET  /actuator/heapdump                                   401  401    401     401     401      403   403    403      403          403       403     404      403   403          403         401         401
            GET  /actuator/threaddump                                 401  401    401     401     401      403   403    403      403          403       403     404      403   403          403         401         401
            GET  /actuator/configprops                                401  401    401     401     401      403   403    403      403          403       403     404      403   403          403         401         401
            GET  /api/v1/chambers/{chamberId}                         200  401    401     401     401      200   200    200      200          200       200     200      200   200          200         200         200
            POST /api/v1/chambers                                     401  401    401     401     401      403   403    403      403          403       403     403      201   403          403         401         401
            PUT  /api/v1/chambers/{chamberId}                         401  401    401     401     401      403   403    403      403          403       403     403      428   403          403         401         401
            POST /api/v1/consultation-requests/{consultationId}/erasure 401 401  401     401     401      403   403    403      403          403       403     403      409   403          403         401         401
            POST /api/v1/consultation-requests/{consultationId}/erasure-request 401 401 401 401   401      403   403    403      403          403       403     403      403   403          403         202         404
            GET  /api/v1/erasure-requests                             401  401    401     401     401      200   403    403      403          403       403     403      200   403          403         401         401
            GET  /api/v1/admin/re-encryption                          401  401    401     401     401      403   403    403      403          403       403     403      200   403          403         401         401
            POST /api/v1/admin/re-encryption                          401  401    401     401     401      403   403    403      403          403       403     403      202   403          403         401         401
            GET  /                                                    303  401    401     401     401      303   303    303      303          303       303     303      303   303          303         303         303
            GET  /request                                             200  401    401     401     401      200   200    200      200          200       200     200      200   200          200         200         200
            POST /request                                             200  401    401     401     401      403   403    403      403          403       403     403      403   403          403         200         200
            GET  /request/receipt/{receiptId}                         404  401    401     401     401      404   404    404      404          404       404     404      404   404          404         404         404
            GET  /requests/{consultationId}                           200  401    401     401     401      200   200    200      200          200       200     200      200   200          200         200         200
            POST /requests/{consultationId}                           404  401    401     401     401      403   403    403      403          403       403     403      403   403          403         200         404
            POST /requests/{consultationId}/withdrawal                404  401    401     401     401      403   403    403      403          403       403     403      403   403          403         200         404
            POST /requests/{consultationId}/date-change               404  401    401     401     401      403   403    403      403          403       403     403      403   403          403         200         404
            POST /requests/{consultationId}/erasure-request           404  401    401     401     401      403   403    403      403          403       403     403      403   403          403         200         404
            POST /api/v1/consultation-requests/{consultationId}/date-change 401 401 401   401     401      202   202    404      403          403       403     403      403   403          403         202         404
            POST /api/v1/consultation-requests/{consultationId}/withdrawal 401 401  401     401     401      200   200    404      403          403       403     403      403   403          403         200         404
            """;
    // @formatter:on

    /** Mappings that are no API of intake's and are public by design (ADR 0002: API docs; the error page). */
    private static final Set<String> NOT_IN_MATRIX_HANDLERS = Set.of("org.springdoc.", "BasicErrorController");

    /** Values for the templates' variables when a row is called. */
    private static final Map<String, String> EXAMPLES = Map.of(
            "{requiredMetricName}", "jvm.memory.used",
            "{*path}", "liveness",
            "{name}", "jp.madoguchi",
            "{chamberId}", "ichinomiya",
            "{receiptId}", UUID.randomUUID().toString());

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String CONSULTANT = "consultant-01";

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebEndpointsSupplier actuatorEndpoints;

    private String consultationId;
    private String statusToken;

    @BeforeAll
    void scheduledRequestOfIchinomiya() throws Exception {
        HttpResponse<String> created = send("POST", "/api/v1/consultation-requests", Who.NO_TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode view = json.readTree(created.body());
        consultationId = view.get("consultationId").asString();
        statusToken = view.get("statusToken").asString();
        ObjectNode scheduled = (ObjectNode) json.readTree(GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1));
        String eventId = UUID.randomUUID().toString();
        scheduled.put("consultationId", consultationId).put("eventId", eventId).put("consultantId", CONSULTANT);
        // in the future, so that the owner's actions are still allowed by the request's state
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.HOURS);
        scheduled.put("startsAt", startsAt.toString()).put("endsAt", startsAt.plus(Duration.ofHours(1)).toString());
        PlatformKafka.send(Topic.SCHEDULING_EVENTS.topicName(), consultationId,
                Map.of(CloudEventHeaders.TYPE, EventType.CONSULTATION_SCHEDULED_V1.typeName(), CloudEventHeaders.ID,
                        eventId, CloudEventHeaders.SOURCE, "/madoguchi/scheduling-service",
                        CloudEventHeaders.SPEC_VERSION, "1.0"),
                json.writeValueAsBytes(scheduled));
        await().atMost(Duration.ofSeconds(60)).until(() -> json.readTree(
                send("GET", "/api/v1/consultation-requests/" + consultationId, Who.FEDERATION_STAFF).body())
                .path("status").asString(), "SCHEDULED"::equals);
    }

    Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        rows().forEach((endpoint, expected) -> expected.forEach((who, status) -> cells.add(
                Arguments.of(endpoint, who, status))));
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("cells")
    void answersAsTheMatrixSays(String endpoint, Who who, int expected) throws Exception {
        String[] methodAndPath = endpoint.split(" ");
        HttpResponse<String> response = send(methodAndPath[0], concrete(methodAndPath[1]), who);

        assertThat(response.statusCode()).as("%s as %s: %s", endpoint, who, response.body()).isEqualTo(expected);
        if (expected == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("Bearer"));
        }
        if (expected == 401 || expected == 403) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(json.readTree(response.body()).get("status").asInt()).isEqualTo(expected);
        }
    }

    @Test
    void everyEndpointHasARow() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (NOT_IN_MATRIX_HANDLERS.stream().noneMatch(type::contains)) {
                served.addAll(keys(info));
            }
        });
        actuatorEndpoints.getEndpoints().forEach(endpoint -> endpoint.getOperations().forEach(operation -> {
            String path = operation.getRequestPredicate().getPath().replaceFirst("^/?(actuator/)?", "");
            served.add(operation.getRequestPredicate().getHttpMethod().name() + " /actuator/" + path);
        }));
        served.add("GET /actuator");

        assertThat(rows().keySet()).as("endpoints served by intake; add a row to MATRIX for a new one")
                .containsAll(served);
    }

    @Test
    void everyRowIsComplete() {
        rows().forEach((endpoint, expected) -> assertThat(expected.keySet()).as(endpoint)
                .containsExactlyInAnyOrder(Who.values()));
    }

    private static Map<String, Map<Who, Integer>> rows() {
        Map<String, Map<Who, Integer>> rows = new LinkedHashMap<>();
        List<String> lines = MATRIX.lines().filter(l -> !l.isBlank()).toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.trim().split("\\s+");
            Map<Who, Integer> expected = new LinkedHashMap<>();
            for (int i = 2; i < cells.length; i++) {
                expected.put(Who.values()[i - 2], Integer.parseInt(cells[i]));
            }
            rows.put(cells[0] + " " + cells[1], expected);
        }
        return rows;
    }

    private static List<String> keys(RequestMappingInfo info) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        if (methods.isEmpty()) {
            methods.add("ANY");
        }
        List<String> keys = new ArrayList<>();
        for (String method : methods) {
            for (String pattern : info.getPatternValues()) {
                keys.add(method + " " + pattern);
            }
        }
        return keys;
    }

    private String concrete(String template) {
        String path = template.replace("{consultationId}", consultationId == null ? "none" : consultationId);
        for (Map.Entry<String, String> example : EXAMPLES.entrySet()) {
            path = path.replace(example.getKey(), example.getValue());
        }
        return path;
    }

    private HttpResponse<String> send(String method, String path, Who who) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (path.startsWith("/api/v1/chambers") && !method.equals("GET")) {
            // A new id each run (the database outlives the test class); a change takes its id from the path.
            String id = method.equals("POST") ? "\"id\":\"matrix-" + UUID.randomUUID().toString().substring(0, 8) + "\","
                    : "";
            String chamber = "{" + id + "\"name\":\"試験町商工会\",\"region\":\"長生\",\"municipalities\":\"試験町\","
                    + "\"active\":false}";
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(chamber));
        } else if (method.equals("POST") && !path.startsWith("/api/")) {
            // The owner's web pages: a form, with the status token as a field.
            String token = who == Who.STATUS_TOKEN ? statusToken
                    : who == Who.WRONG_STATUS_TOKEN ? "AAAAAAAAAAAAAAAAAAAAAA" : null;
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(token == null ? "" : "statusToken=" + token));
        } else if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(RequestBodies.valid()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String authorization = authorization(who);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (who == Who.STATUS_TOKEN) {
            request.header("X-Status-Token", statusToken);
        }
        if (who == Who.WRONG_STATUS_TOKEN) {
            request.header("X-Status-Token", "AAAAAAAAAAAAAAAAAAAAAA");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String authorization(Who who) {
        return switch (who) {
            case NO_TOKEN, STATUS_TOKEN, WRONG_STATUS_TOKEN -> null;
            case FORGED -> TestTokens.federationStaff().forged().bearer();
            case ALG_NONE -> "Bearer " + TestTokens.federationStaff().unsignedJwt();
            case EXPIRED -> TestTokens.federationStaff().expired().bearer();
            case WRONG_ISSUER -> TestTokens.federationStaff().issuedBy("https://idp.example.org").bearer();
            case FEDERATION_STAFF -> TestTokens.federationStaff().bearer();
            case ADVISOR_OWN_CHAMBER -> TestTokens.advisor("ichinomiya").bearer();
            case ADVISOR_OTHER_CHAMBER -> TestTokens.advisor("yachimata").bearer();
            case CONSULTANT_ASSIGNED -> TestTokens.consultant(CONSULTANT).bearer();
            case CONSULTANT_NOT_ASSIGNED -> TestTokens.consultant("consultant-99").bearer();
            case ANALYST -> TestTokens.analyst().bearer();
            case OPERATOR -> TestTokens.operator().bearer();
            case ADMIN -> TestTokens.admin().bearer();
            case NOTIFICATION_CLIENT -> TestTokens.client("notification-service", "intake.contact.read").bearer();
            case OTHER_CLIENT -> TestTokens.client("analytics-service", "scheduling.appointments.read").bearer();
        };
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
