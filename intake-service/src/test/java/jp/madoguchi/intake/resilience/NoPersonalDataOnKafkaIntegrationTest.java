package jp.madoguchi.intake.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import jp.madoguchi.events.Topic;
import jp.madoguchi.testsupport.EmbeddedPlatform;
import jp.madoguchi.testsupport.EmbeddedPlatformInitializer;
import jp.madoguchi.testsupport.PlatformKafka;
import tools.jackson.databind.JsonNode;

/**
 * Issue #9, acceptance: nothing personal on any Kafka topic, read as an operator would (every record of every
 * madoguchi topic from the beginning, keys, headers and values); and the same owner, their phone number written
 * another way, is the same {@code requesterId}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedPlatformInitializer.class)
class NoPersonalDataOnKafkaIntegrationTest {

    private static final String NAME = "勅使河原 緋呂子";
    private static final String KANA = "てしがわら ひろこ";
    private static final String BUSINESS = "緋呂子珈琲焙煎所";
    private static final String EMAIL = "hiroko.teshigawara@roastery.example.jp";
    private static final String STORY = "焙煎機の更新資金について、合言葉はプラムポッサム七番です。";
    private static final String PHONE = "0475-42-9876";
    private static final String PHONE_AGAIN = "０４７５（４２）９８７６";
    /** What the number becomes inside intake, and its other usual spellings: none may leave it. */
    private static final List<String> PHONE_FORMS = List.of(PHONE, "+81475429876", "81475429876", "0475429876",
            "475429876", "+81 475-42-9876", "0475 42 9876");

    @LocalServerPort
    int port;

    @Test
    void noRecordOnAnyTopicCarriesTheOwnersDataAndTheSameOwnerIsTheSameRequester() {
        Calls calls = new Calls(port);
        JsonNode first = Calls.json(calls.postRequest(body(PHONE, "FINANCE")));
        JsonNode second = Calls.json(calls.postRequest(body(PHONE_AGAIN, "SUBSIDY")));
        String firstId = first.get("consultationId").asString();
        String secondId = second.get("consultationId").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> requested(firstId) != null && requested(secondId) != null);

        assertThat(requested(firstId).get("requesterId").asString()).as("same owner, phone written another way")
                .isNotBlank().isEqualTo(requested(secondId).get("requesterId").asString());

        List<String> secrets = new ArrayList<>(List.of(NAME, KANA, BUSINESS, EMAIL, STORY, "勅使河原", "緋呂子",
                "てしがわら", "hiroko.teshigawara", "プラムポッサム"));
        secrets.addAll(PHONE_FORMS);
        secrets.add(PHONE_AGAIN);
        List<String> topics = PlatformKafka.topics().stream().filter(t -> t.startsWith("madoguchi.")).sorted().toList();
        assertThat(topics).contains(Topic.INTAKE_EVENTS.topicName());
        int read = 0;
        for (String topic : topics) {
            for (ConsumerRecord<String, byte[]> record : PlatformKafka.records(
                    EmbeddedPlatform.get().kafkaAdminClient(), topic)) {
                read++;
                String text = String.valueOf(record.key()) + " " + new String(record.value() == null ? new byte[0]
                        : record.value(), StandardCharsets.UTF_8) + " " + headers(record);
                for (String secret : secrets) {
                    assertThat(text).as("record %s@%d on %s", record.partition(), record.offset(), topic)
                            .doesNotContain(secret);
                }
            }
        }
        assertThat(read).as("records read").isGreaterThanOrEqualTo(2);
    }

    private static JsonNode requested(String consultationId) {
        return PlatformKafka.recordsWithKey(Topic.INTAKE_EVENTS.topicName(), consultationId).stream()
                .filter(r -> "jp.madoguchi.consultation.requested.v1".equals(PlatformKafka.header(r, "ce_type")))
                .map(r -> Calls.JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)))
                .findFirst().orElse(null);
    }

    private static String headers(ConsumerRecord<String, byte[]> record) {
        StringBuilder all = new StringBuilder();
        for (Header header : record.headers()) {
            all.append(header.key()).append('=')
                    .append(new String(header.value() == null ? new byte[0] : header.value(), StandardCharsets.UTF_8))
                    .append(' ');
        }
        return all.toString();
    }

    private static String body(String phone, String topic) {
        return """
                {"chamberId":"ichinomiya","channel":"WEB","requester":{"name":"%s","nameKana":"%s",
                 "businessName":"%s","phone":"%s","email":"%s"},"topic":"%s","preferredMode":"PHONE",
                 "preferredDays":["MONDAY"],"description":"%s","outreachSource":"RADIO","membership":"NON_MEMBER",
                 "privacyConsent":true,"privacyNoticeVersion":"2026-12"}
                """.formatted(NAME, KANA, BUSINESS, phone, EMAIL, topic, STORY);
    }
}
