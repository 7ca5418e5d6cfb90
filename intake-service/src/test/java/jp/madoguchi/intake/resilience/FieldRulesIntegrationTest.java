package jp.madoguchi.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.events.Topic;
import jp.madoguchi.intake.request.RequestBodies;
import jp.madoguchi.testsupport.EmbeddedPlatform;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue #9, acceptance: every rule of the submission body has a refused example, answered 400 problem+json naming
 * the field with a Japanese message (English when asked), and nothing is stored or sent for it. Each example breaks
 * one rule of the README's valid body.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class FieldRulesIntegrationTest {

    private static final String JAPANESE = ".*[ぁ-んァ-ン一-龥].*";
    /** Counts in code points: 101 characters outside the BMP are 202 UTF-16 units. */
    private static final String NAME_101 = "𠮷".repeat(101);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    /** One broken rule: what it is, the field the answer must name, and how the valid body is broken. */
    record Rule(String rule, String field, Consumer<ObjectNode> breaks) {
    }

    static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule("chamber required", "chamberId", b -> b.remove("chamberId")));
        rules.add(new Rule("chamber unknown", "chamberId", b -> b.put("chamberId", "chiba-shi")));
        rules.add(new Rule("chamber id at most 64", "chamberId", b -> b.put("chamberId", "a".repeat(65))));
        rules.add(new Rule("chamber id plain text", "chamberId", b -> b.put("chamberId", "ichinomiya\u0007")));
        rules.add(new Rule("channel required", "channel", b -> b.remove("channel")));
        rules.add(new Rule("channel an enum", "channel", b -> b.put("channel", "FAX")));
        rules.add(new Rule("channel not a number", "channel", b -> b.put("channel", 1)));
        rules.add(new Rule("requester required", "requester", b -> b.remove("requester")));
        rules.add(new Rule("name required", "requester.name", b -> requester(b).put("name", " ")));
        rules.add(new Rule("name at most 100 code points", "requester.name", b -> requester(b).put("name", NAME_101)));
        rules.add(new Rule("name without NUL", "requester.name", b -> requester(b).put("name", "山田\u0000太郎")));
        rules.add(new Rule("name without control characters", "requester.name",
                b -> requester(b).put("name", "山田\u001b太郎")));
        rules.add(new Rule("name without bidi overrides", "requester.name",
                b -> requester(b).put("name", "山田\u202e太郎")));
        rules.add(new Rule("name not only zero-width", "requester.name",
                b -> requester(b).put("name", "\u200b\u200b")));
        rules.add(new Rule("name a string", "requester.name", b -> requester(b).put("name", 42)));
        rules.add(new Rule("furigana in kana", "requester.nameKana", b -> requester(b).put("nameKana", "yamada")));
        rules.add(new Rule("furigana not kanji", "requester.nameKana", b -> requester(b).put("nameKana", "山田")));
        rules.add(new Rule("furigana at most 100", "requester.nameKana",
                b -> requester(b).put("nameKana", "や".repeat(101))));
        rules.add(new Rule("business name required", "requester.businessName",
                b -> requester(b).remove("businessName")));
        rules.add(new Rule("business name at most 100", "requester.businessName",
                b -> requester(b).put("businessName", NAME_101)));
        rules.add(new Rule("business name plain text", "requester.businessName",
                b -> requester(b).put("businessName", "山田商店\u2066")));
        rules.add(new Rule("phone a number", "requester.phone", b -> requester(b).put("phone", "phone-me")));
        rules.add(new Rule("phone Japanese", "requester.phone", b -> requester(b).put("phone", "+1 212 555 0100")));
        rules.add(new Rule("phone complete", "requester.phone", b -> requester(b).put("phone", "0475-42-12")));
        rules.add(new Rule("phone not a premium or toll line", "requester.phone",
                b -> requester(b).put("phone", "0990-12-3456")));
        rules.add(new Rule("phone at most 40", "requester.phone",
                b -> requester(b).put("phone", "0475" + "-".repeat(30) + "42-1234")));
        rules.add(new Rule("phone or e-mail", "requester.phone", b -> {
            requester(b).remove("phone");
            requester(b).remove("email");
        }));
        rules.add(new Rule("e-mail syntax", "requester.email", b -> requester(b).put("email", "taro@")));
        rules.add(new Rule("e-mail without spaces", "requester.email",
                b -> requester(b).put("email", "taro yamada@example.jp")));
        rules.add(new Rule("e-mail at most 254", "requester.email",
                b -> requester(b).put("email", "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "."
                        + "d".repeat(63) + ".jp")));
        rules.add(new Rule("industry an enum", "industry", b -> b.put("industry", "PIRACY")));
        rules.add(new Rule("employees an enum", "employees", b -> b.put("employees", "MANY")));
        rules.add(new Rule("topic required", "topic", b -> b.remove("topic")));
        rules.add(new Rule("topic an enum", "topic", b -> b.put("topic", "ASTROLOGY")));
        rules.add(new Rule("mode required", "preferredMode", b -> b.remove("preferredMode")));
        rules.add(new Rule("mode an enum", "preferredMode", b -> b.put("preferredMode", "VISIT")));
        rules.add(new Rule("weekdays only", "preferredDays", b -> days(b, "MONDAY", "SATURDAY")));
        rules.add(new Rule("not on Sunday", "preferredDays", b -> days(b, "SUNDAY")));
        rules.add(new Rule("at most five days", "preferredDays",
                b -> days(b, "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "MONDAY")));
        rules.add(new Rule("a day a weekday name", "preferredDays[0]", b -> days(b, "MONDAYS")));
        rules.add(new Rule("time of day an enum", "preferredTimeOfDay", b -> b.put("preferredTimeOfDay", "NIGHT")));
        rules.add(new Rule("reach by SMS needs a mobile", "reachBy", b -> b.put("reachBy", "SMS")));
        rules.add(new Rule("reach by e-mail needs an address", "reachBy", b -> {
            b.put("reachBy", "EMAIL");
            requester(b).remove("email");
        }));
        rules.add(new Rule("reach by an enum", "reachBy", b -> b.put("reachBy", "PIGEON")));
        rules.add(new Rule("story required", "description", b -> b.put("description", "")));
        rules.add(new Rule("story at most 4000 code points", "description",
                b -> b.put("description", "𠮷".repeat(4001))));
        rules.add(new Rule("story without bidi overrides", "description",
                b -> b.put("description", "資金繰り\u202eについて")));
        rules.add(new Rule("story without NUL", "description", b -> b.put("description", "資金繰り\u0000")));
        rules.add(new Rule("source required", "outreachSource", b -> b.remove("outreachSource")));
        rules.add(new Rule("source an enum", "outreachSource", b -> b.put("outreachSource", "BILLBOARD")));
        rules.add(new Rule("campaign code letters and digits", "campaignCode",
                b -> b.put("campaignCode", "秋の-キャンペーン!")));
        rules.add(new Rule("campaign code at most 40", "campaignCode", b -> b.put("campaignCode", "A".repeat(41))));
        rules.add(new Rule("membership required", "membership", b -> b.remove("membership")));
        rules.add(new Rule("membership an enum", "membership", b -> b.put("membership", "VIP")));
        rules.add(new Rule("privacy consent given", "privacyConsent", b -> b.put("privacyConsent", false)));
        rules.add(new Rule("privacy consent required", "privacyConsent", b -> b.remove("privacyConsent")));
        rules.add(new Rule("privacy consent a boolean", "privacyConsent", b -> b.put("privacyConsent", "true")));
        rules.add(new Rule("notice version required", "privacyNoticeVersion", b -> b.remove("privacyNoticeVersion")));
        rules.add(new Rule("notice version the one in force", "privacyNoticeVersion",
                b -> b.put("privacyNoticeVersion", "2025-01")));
        rules.add(new Rule("notice version at most 32", "privacyNoticeVersion",
                b -> b.put("privacyNoticeVersion", "2".repeat(33))));
        rules.add(new Rule("outcome sharing a boolean", "outcomeSharedWithChamber",
                b -> b.put("outcomeSharedWithChamber", "yes")));
        return rules;
    }

    @Test
    void everyFieldRuleRefusesItsExampleNamingTheFieldInJapaneseAndStoresAndSendsNothing() {
        Calls calls = new Calls(port);
        long sentBefore = intakeEventsSent();
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            ObjectNode body = valid();
            rule.breaks().accept(body);
            long storedBefore = stored();
            HttpResponse<String> answer = calls.postRequest(Calls.JSON.writeValueAsString(body));
            String problem = describe(answer, rule.field());
            if (problem != null) {
                failures.add(rule.rule() + ": " + problem);
            }
            if (stored() != storedBefore) {
                failures.add(rule.rule() + ": something was stored");
            }
        }
        assertThat(failures).isEmpty();
        assertThat(intakeEventsSent()).as("nothing sent").isEqualTo(sentBefore);
    }

    @Test
    void aCallerAskingForEnglishReadsTheFieldMessageInEnglish() {
        ObjectNode body = valid();
        requester(body).put("nameKana", "yamada");
        HttpResponse<String> answer = new Calls(port).postRequest(Calls.JSON.writeValueAsString(body),
                "Accept-Language", "en");

        assertThat(answer.statusCode()).isEqualTo(400);
        JsonNode problem = Calls.json(answer);
        assertThat(problem.get("detail").asString()).isEqualTo("Some of the input is not valid.");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("requester.nameKana");
        assertThat(problem.get("errors").get(0).get("message").asString()).matches("[\\x20-\\x7e]+")
                .containsIgnoringCase("kana");
    }

    /** Null when the answer is right: 400 problem+json whose errors name the field with a Japanese message. */
    private static String describe(HttpResponse<String> answer, String field) {
        if (answer.statusCode() != 400) {
            return "status " + answer.statusCode() + " " + answer.body();
        }
        if (!Calls.isProblem(answer)) {
            return "not problem+json";
        }
        JsonNode problem = Calls.json(answer);
        for (JsonNode error : problem.path("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString().matches(JAPANESE) ? null
                        : "message not Japanese: " + error.get("message").asString();
            }
        }
        return "no error for " + field + " in " + answer.body();
    }

    private static ObjectNode valid() {
        return (ObjectNode) Calls.JSON.readTree(RequestBodies.valid());
    }

    private static ObjectNode requester(ObjectNode body) {
        return (ObjectNode) body.get("requester");
    }

    private static void days(ObjectNode body, String... days) {
        var array = body.putArray("preferredDays");
        for (String day : days) {
            array.add(day);
        }
    }

    private long stored() {
        return mongo.getCollection("consultationRequests").countDocuments();
    }

    private static long intakeEventsSent() {
        List<ConsumerRecord<String, byte[]>> records = PlatformKafka.records(EmbeddedPlatform.get().kafkaAdminClient(),
                Topic.INTAKE_EVENTS.topicName());
        return records.size();
    }
}
