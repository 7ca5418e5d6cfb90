package jp.madoguchi.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import jp.madoguchi.intake.IntakeApplication;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #9, acceptance: generated hostile bodies at {@code POST /api/v1/consultation-requests} — random JSON, the
 * valid body with a field of the wrong type or an odd string, huge strings, deep nesting, lone surrogates, control
 * and bidi characters, bytes that are not JSON — are never answered with a 5xx; every 4xx is problem+json and
 * stores nothing. jqwik has no Spring extension here, so the service is started once for the class.
 */
class HostileBodiesPropertyIntegrationTest {

    /** Every place of the body a generated value may go. */
    private static final List<String> FIELDS = List.of("chamberId", "channel", "requester", "requester.name",
            "requester.nameKana", "requester.businessName", "requester.phone", "requester.email", "industry",
            "employees", "topic", "preferredMode", "preferredDays", "preferredTimeOfDay", "reachBy", "description",
            "outreachSource", "campaignCode", "membership", "privacyConsent", "privacyNoticeVersion",
            "outcomeSharedWithChamber", "unexpected");

    private static ConfigurableApplicationContext service;
    private static Calls calls;

    @BeforeContainer
    static void start() {
        service = new SpringApplicationBuilder(IntakeApplication.class)
                .initializers(new EmbeddedPlatformInitializer())
                .properties("server.port=0")
                .run();
        calls = new Calls(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 250, shrinking = ShrinkingMode.BOUNDED)
    void aHostileBodyIsNeverA5xxAndARefusalIsProblemJsonAndStoresNothing(@ForAll("hostileBodies") String body) {
        long storedBefore = stored();

        HttpResponse<String> answer = calls.postRequest(body);

        assertThat(answer.statusCode()).as("status for %s", abbreviated(body)).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(Calls.isProblem(answer)).as("problem+json for %s", abbreviated(body)).isTrue();
            assertThat(Calls.json(answer).get("status").asInt()).isEqualTo(answer.statusCode());
            assertThat(stored()).as("nothing stored for %s", abbreviated(body)).isEqualTo(storedBefore);
        }
    }

    @Provide
    Arbitrary<String> hostileBodies() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, validWithOneField(jsonValues(3))),
                Tuple.of(3, validWithOneField(oddStrings().map(HostileBodiesPropertyIntegrationTest::text))),
                Tuple.of(2, jsonValues(4).map(Calls.JSON::writeValueAsString)),
                Tuple.of(1, deepNesting()),
                Tuple.of(1, hugeStrings()),
                Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
    }

    /** The valid body with one field set to the value (or removed, for a null value of a required field). */
    private static Arbitrary<String> validWithOneField(Arbitrary<JsonNode> values) {
        return Combinators.combine(Arbitraries.of(FIELDS), values).as((field, value) -> {
            ObjectNode body = (ObjectNode) Calls.JSON.readTree(RequestBodies.valid());
            ObjectNode parent = field.startsWith("requester.") ? (ObjectNode) body.get("requester") : body;
            parent.set(field.substring(field.indexOf('.') + 1), value);
            return Calls.JSON.writeValueAsString(body);
        });
    }

    /** Any JSON value, nested up to {@code depth}: objects with odd keys, arrays, numbers, strings, booleans, null. */
    private static Arbitrary<JsonNode> jsonValues(int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.just(nodes.nullNode()),
                Arbitraries.of(true, false).map(nodes::booleanNode),
                Arbitraries.longs().map(nodes::numberNode),
                Arbitraries.doubles().map(nodes::numberNode),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)).map(nodes::numberNode),
                oddStrings().map(nodes::stringNode));
        if (depth == 0) {
            return leaves;
        }
        Arbitrary<JsonNode> inner = jsonValues(depth - 1);
        Arbitrary<JsonNode> arrays = inner.list().ofMaxSize(4).map(items -> {
            var array = nodes.arrayNode();
            items.forEach(array::add);
            return array;
        });
        Arbitrary<JsonNode> objects = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), oddStrings()), inner)
                .ofMaxSize(4).map(fields -> {
                    ObjectNode object = nodes.objectNode();
                    fields.forEach(object::set);
                    return object;
                });
        return Arbitraries.frequencyOf(Tuple.of(3, leaves), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    /** Strings a form never sends: control, format and bidi characters, lone surrogates, emoji, long runs. */
    private static Arbitrary<String> oddStrings() {
        Arbitrary<Character> odd = Arbitraries.of('\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b',
                '\u200e', '\u202e', '\u2066', '\u2028', '\ufeff', '\ufffd', '\ud800', '\udfff', '\u3000', '\uff10',
                'ｱ', 'ア', '髙', '"', '\\', '/', '<', '\n', '\t');
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(50),
                Arbitraries.strings().withChars('a', 'z').withChars('ぁ', 'ん').ofMaxLength(30)
                        .flatMap(s -> odd.map(c -> s + c + s)),
                odd.list().ofMaxSize(20).map(chars -> {
                    StringBuilder s = new StringBuilder();
                    chars.forEach(s::append);
                    return s.toString();
                }),
                Arbitraries.of("0475-42-1234\u0000", "taro@example.jp\u202e", "😀".repeat(101), "１２３", "NaN",
                        "null", "true", "MONDAY", " ", ""));
    }

    private static Arbitrary<String> deepNesting() {
        return Combinators.combine(Arbitraries.integers().between(50, 5000), Arbitraries.of("[", "{\"a\":"))
                .as((depth, open) -> open.repeat(depth) + "1" + (open.equals("[") ? "]" : "}").repeat(depth));
    }

    /** Strings around and far over the body limit (64 KiB), in the story or the name. */
    private static Arbitrary<String> hugeStrings() {
        return Combinators.combine(Arbitraries.of("description", "name"), Arbitraries.integers().between(4_000, 70_000),
                Arbitraries.of("あ", "a", "𠮷", "\\u0000"))
                .as((field, length, unit) -> field.equals("name")
                        ? RequestBodies.valid().replace(RequestBodies.NAME, unit.repeat(length))
                        : RequestBodies.valid().replace(RequestBodies.DESCRIPTION, unit.repeat(length)));
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.stringNode(value);
    }

    private static long stored() {
        return service.getBean(MongoTemplate.class).getCollection("consultationRequests").countDocuments();
    }

    private static String abbreviated(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "… (" + body.length() + " chars)";
    }
}
