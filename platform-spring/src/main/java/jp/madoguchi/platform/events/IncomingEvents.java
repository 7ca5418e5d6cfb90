package jp.madoguchi.platform.events;

import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;

/**
 * Turns a consumed record into its event, the same way in every consumer: no {@code ce_type} header is poison; a
 * type this build does not know (a newer producer's) is logged at INFO, counted in {@code madoguchi.events.skipped}
 * and left alone; a body that is not its record is poison. What the event means is the consumer's business.
 */
public class IncomingEvents {

    public static final String SKIPPED = "madoguchi.events.skipped";
    public static final String CONSUMED = "madoguchi.events.consumed";

    private static final Logger log = LoggerFactory.getLogger(IncomingEvents.class);

    private final EventJson json;
    private final MeterRegistry meters;

    public IncomingEvents(EventJson json, MeterRegistry meters) {
        this.json = json;
        this.meters = meters;
    }

    /**
     * @return the event, or empty for a type this service does not know
     * @throws PoisonEventException for a record that can never be read
     */
    public Optional<ConsultationEvent> read(Message<byte[]> message) {
        String typeName = CloudEventHeaders.typeName(message.getHeaders());
        if (typeName == null) {
            throw new PoisonEventException("Record without a " + CloudEventHeaders.TYPE + " header");
        }
        Optional<EventType> type = EventType.fromTypeName(typeName);
        if (type.isEmpty()) {
            log.info("Skipping event of unknown type {}", typeName);
            Counter.builder(SKIPPED)
                    .description("Consumed records of a type this service does not know (a newer producer's)")
                    .tag("type", typeName)
                    .register(meters)
                    .increment();
            return Optional.empty();
        }
        return Optional.of(json.read(type.get(), message.getPayload()));
    }

    /**
     * Reads the record and hands its event to {@code handler}, which says what became of it ({@code applied},
     * {@code duplicate}, {@code skipped} or a service's own word); counts the record either way, a poison one as
     * {@code poison} before it goes to the binder's dead-letter topic. Anything else the handler throws is transient:
     * the binder retries.
     */
    public void handle(Message<byte[]> message, Function<ConsultationEvent, String> handler) {
        Optional<ConsultationEvent> event;
        try {
            event = read(message);
            if (event.isPresent()) {
                consumed(EventType.of(event.get()).typeName(), handler.apply(event.get()));
            }
        } catch (PoisonEventException e) {
            String typeName = CloudEventHeaders.typeName(message.getHeaders());
            consumed(typeName == null ? "none" : typeName, "poison");
            throw e;
        }
    }

    /**
     * Counts a record the consumer is done with, by type and what became of it ({@code applied}, {@code duplicate},
     * {@code skipped}, {@code poison}, or a service's own word for it).
     */
    public void consumed(String typeName, String outcome) {
        Counter.builder(CONSUMED)
                .description("Consumed records by event type and what the handler made of them")
                .tags("type", typeName, "outcome", outcome)
                .register(meters)
                .increment();
    }
}
