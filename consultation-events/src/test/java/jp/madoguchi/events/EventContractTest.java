package jp.madoguchi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventContractTest {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleReadsBackIntoItsRecordAndWritesTheSameJson(EventType type) {
        String golden = GoldenSamples.json(type);

        ConsultationEvent event = JSON.readValue(golden, type.recordType());
        JsonNode written = JSON.readTree(JSON.writeValueAsString(event));

        assertThat(written).isEqualTo(JSON.readTree(golden));
        assertThat(EventType.of(event)).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void goldenSampleFillsEveryComponentSoNoFieldIsSilentlyDropped(EventType type) {
        JsonNode golden = JSON.readTree(GoldenSamples.json(type));

        Set<String> components = Arrays.stream(type.recordType().getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());

        assertThat(golden.propertyNames()).containsExactlyInAnyOrderElementsOf(components);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeNamesAreVersionedAndCarryNoJavaClassName(EventType type) {
        assertThat(type.typeName()).matches("jp\\.madoguchi\\.[a-z]+\\.[a-z-]+\\.v\\d+");
        assertThat(type.typeName()).doesNotContain(type.recordType().getSimpleName());
        assertThat(EventType.fromTypeName(type.typeName())).contains(type);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void noEventCarriesPersonalData(EventType type) {
        Set<String> forbidden = Set.of("name", "phone", "tel", "email", "mail", "address", "description",
                "story", "note", "contact", "birth");

        assertThat(type.recordType().getRecordComponents())
                .extracting(c -> c.getName().toLowerCase(Locale.ROOT))
                .allSatisfy(component -> assertThat(forbidden).noneMatch(component::contains));
    }

    @Test
    void aRequestAnnouncedBeforeTheOriginExistedIsReadAsItsChannelImplies() {
        JsonNode golden = JSON.readTree(GoldenSamples.json(EventType.CONSULTATION_REQUESTED_V1));
        ((ObjectNode) golden).remove("origin");

        ConsultationRequested web = JSON.treeToValue(golden, ConsultationRequested.class);
        ConsultationRequested phone = JSON.treeToValue(((ObjectNode) golden)
                .put("channel", "PHONE"), ConsultationRequested.class);

        assertThat(web.origin()).isNull();
        assertThat(web.verifiedOrigin()).isEqualTo(RequestOrigin.PUBLIC_FORM);
        assertThat(phone.verifiedOrigin()).isEqualTo(RequestOrigin.FEDERATION_STAFF);
    }

    @Test
    void aRequestAnnouncedBeforeTheWebFormFieldsIsStillReadWithThemAbsent() throws Exception {
        String before;
        try (var in = getClass().getResourceAsStream("/golden-before/jp.madoguchi.consultation.requested.v1.json")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ConsultationRequested old = JSON.readValue(before, ConsultationRequested.class);

        assertThat(old.topic()).isEqualTo(ConsultationTopic.FINANCE);
        assertThat(old.industry()).isNull();
        assertThat(old.employees()).isNull();
        assertThat(old.reachBy()).isNull();
        assertThat(old.preferredTimeOfDay()).isNull();
        assertThat(old.timeOfDay()).isEqualTo(TimeOfDay.ANY);
    }

    @Test
    void aWithdrawalAnnouncedBeforeWhoWithdrewWasRecordedIsStillRead() throws Exception {
        String before;
        try (var in = getClass().getResourceAsStream("/golden-before/jp.madoguchi.consultation.withdrawn.v1.json")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        ConsultationWithdrawn old = JSON.readValue(before, ConsultationWithdrawn.class);

        assertThat(old.reason()).isEqualTo(WithdrawalReason.RESOLVED_ELSEWHERE);
        assertThat(old.withdrawnBy()).isNull();
    }

    @Test
    void unknownTypeNamesAreNotGuessed() {
        assertThat(EventType.fromTypeName("jp.madoguchi.consultation.requested.v2")).isEmpty();
        assertThat(EventType.fromTypeName(null)).isEmpty();
    }

    @Test
    void cloudEventHeadersFollowTheKafkaBindingAndTheKeyRule() {
        ConsultationEvent event = JSON.readValue(GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1),
                ConsultationScheduled.class);

        assertThat(CloudEventHeaders.of(event, "/madoguchi/scheduling-service"))
                .containsEntry("ce_id", "0b6f3c52-6f0e-4c4e-9a57-1d2f1d0a9a03")
                .containsEntry("ce_type", "jp.madoguchi.consultation.scheduled.v1")
                .containsEntry("ce_source", "/madoguchi/scheduling-service")
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_time", "2026-11-26T01:15:31Z")
                .containsEntry("content-type", "application/json");
        assertThat(CloudEventHeaders.kafkaKey(event)).isEqualTo("7d1c3a0e-2b4f-4f7a-8c1e-5a9b2c3d4e01");
    }

    @Test
    void theTypeIsReadInTheBindingsSpellingAndInSpringCloudFunctionsCanonicalOne() {
        String type = "jp.madoguchi.consultation.requested.v1";

        assertThat(CloudEventHeaders.typeName(Map.of("ce_type", type.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(type);
        assertThat(CloudEventHeaders.typeName(Map.of("ce-type", type))).isEqualTo(type);
        assertThat(CloudEventHeaders.typeName(Map.of("id", "x"))).isNull();
    }

    @Test
    void everyConsumerGroupHasItsOwnDeclaredDeadLetterTopic() {
        assertThat(Arrays.stream(ConsumerGroup.values()).map(ConsumerGroup::deadLetterTopic))
                .allSatisfy(dlq -> assertThat(Topic.allNames()).contains(dlq))
                .doesNotHaveDuplicates();
        assertThat(Topic.allNames()).doesNotHaveDuplicates();
    }
}
