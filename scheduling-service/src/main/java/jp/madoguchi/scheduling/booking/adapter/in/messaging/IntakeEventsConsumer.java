package jp.madoguchi.scheduling.booking.adapter.in.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import jp.madoguchi.events.CloudEventHeaders;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationWithdrawn;
import jp.madoguchi.events.EventType;
import jp.madoguchi.scheduling.booking.application.BookConsultation;
import jp.madoguchi.scheduling.booking.application.BookingOutcome;
import jp.madoguchi.scheduling.booking.application.CancelWithdrawnConsultation;
import jp.madoguchi.scheduling.booking.application.WithdrawalOutcome;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.platform.EventJson;
import jp.madoguchi.scheduling.platform.PoisonEventException;

/**
 * Reads intake's events. A transient failure (Mongo away) is thrown as it is, so the binder retries and
 * finally dead-letters; an event that can never be handled is a {@link PoisonEventException}, which the
 * binder dead-letters at once.
 */
@Component("intakeEvents")
class IntakeEventsConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(IntakeEventsConsumer.class);

    private final EventJson json;
    private final BookConsultation book;
    private final CancelWithdrawnConsultation cancel;
    private final MeterRegistry meters;

    IntakeEventsConsumer(EventJson json, BookConsultation book, CancelWithdrawnConsultation cancel,
            MeterRegistry meters) {
        this.json = json;
        this.book = book;
        this.cancel = cancel;
        this.meters = meters;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String typeName = CloudEventHeaders.typeName(message.getHeaders());
        if (typeName == null) {
            consumed("none", "poison");
            throw new PoisonEventException("Event without a " + CloudEventHeaders.TYPE + " header");
        }
        Optional<EventType> type = EventType.fromTypeName(typeName);
        if (type.isEmpty()) {
            log.info("Skipping event of unknown type {}", typeName);
            meters.counter("madoguchi.events.skipped").increment();
            return;
        }
        try {
            String outcome = switch (type.get()) {
                case CONSULTATION_REQUESTED_V1 -> onRequested(json.read(message.getPayload(), ConsultationRequested.class));
                case CONSULTATION_WITHDRAWN_V1 -> onWithdrawn(json.read(message.getPayload(), ConsultationWithdrawn.class));
                default -> "skipped";
            };
            consumed(typeName, outcome);
        } catch (PoisonEventException e) {
            consumed(typeName, "poison");
            throw e;
        }
    }

    private String onRequested(ConsultationRequested event) {
        require(event.eventId() != null && event.consultationId() != null && event.federationId() != null
                && event.preferredMode() != null, "ConsultationRequested without eventId, consultationId, "
                        + "federationId or preferredMode");
        BookingOutcome outcome = book.book(new BookingRequest(event.consultationId(), event.federationId(),
                event.chamberId(), event.topic(), event.preferredMode(), event.preferredDays(), event.eventId()));
        return outcome == BookingOutcome.DUPLICATE ? "duplicate" : "applied";
    }

    private String onWithdrawn(ConsultationWithdrawn event) {
        require(event.consultationId() != null, "ConsultationWithdrawn without consultationId");
        WithdrawalOutcome outcome = cancel.withdraw(event.consultationId(), event.reason());
        return switch (outcome) {
            case CANCELLED, LEFT_WAITLIST -> "applied";
            case DUPLICATE -> "duplicate";
            case NOTHING_TO_CANCEL -> "skipped";
        };
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new PoisonEventException(problem);
        }
    }

    private void consumed(String type, String outcome) {
        meters.counter("madoguchi.events.consumed", "type", type, "outcome", outcome).increment();
    }
}
