package jp.madoguchi.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.support.MessageBuilder;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import jp.madoguchi.events.GoldenSamples;

class EventJsonTest {

    private final EventJson json = new EventJson();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IncomingEvents incoming = new IncomingEvents(json, meters);

    @Test
    void everyGoldenSampleReadsBackAndWritesTheSameEvent() {
        for (EventType type : EventType.values()) {
            ConsultationEvent event = json.read(type, GoldenSamples.json(type));
            assertThat(json.read(type, json.write(event))).as(type.typeName()).isEqualTo(event);
        }
    }

    @Test
    void aBodyThatIsNotItsRecordOrLacksAnIdIsPoison() {
        assertThatThrownBy(() -> json.read(EventType.CONSULTATION_SCHEDULED_V1, "{not json"))
                .isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> json.read(EventType.CONSULTATION_SCHEDULED_V1, "{}"))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("eventId");
    }

    @Test
    void handlingCountsWhatBecameOfEachRecordPoisonIncluded() {
        ConsultationEvent event = json.read(EventType.CONSULTATION_SCHEDULED_V1,
                GoldenSamples.json(EventType.CONSULTATION_SCHEDULED_V1));
        String type = EventType.CONSULTATION_SCHEDULED_V1.typeName();
        incoming.handle(MessageBuilder.withPayload(json.write(event).getBytes(StandardCharsets.UTF_8))
                .copyHeaders(Map.of("ce_type", type)).build(), handled -> "applied");
        assertThatThrownBy(() -> incoming.handle(MessageBuilder.withPayload("{not json".getBytes(StandardCharsets.UTF_8))
                .copyHeaders(Map.of("ce_type", type)).build(), handled -> "applied"))
                .isInstanceOf(PoisonEventException.class);

        assertThat(meters.get(IncomingEvents.CONSUMED).tags("type", type, "outcome", "applied").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get(IncomingEvents.CONSUMED).tags("type", type, "outcome", "poison").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void aRecordWithoutATypeIsPoisonAndAnUnknownTypeIsSkippedAndCounted() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> incoming.read(MessageBuilder.withPayload(body).build()))
                .isInstanceOf(PoisonEventException.class);

        Optional<ConsultationEvent> skipped = incoming.read(MessageBuilder.withPayload(body)
                .copyHeaders(Map.of("ce_type", "jp.madoguchi.requester.erased.v2")).build());
        assertThat(skipped).isEmpty();
        assertThat(meters.get(IncomingEvents.SKIPPED).tag("type", "jp.madoguchi.requester.erased.v2").counter()
                .count()).isEqualTo(1.0);
    }
}
