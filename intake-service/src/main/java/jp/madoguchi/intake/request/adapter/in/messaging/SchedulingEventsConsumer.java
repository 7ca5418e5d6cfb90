package jp.madoguchi.intake.request.adapter.in.messaging;

import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.EventType;
import jp.madoguchi.platform.events.IncomingEvents;
import jp.madoguchi.intake.request.application.ApplyOutcome;
import jp.madoguchi.intake.request.application.ApplySchedulingEvent;

/**
 * Binding {@code schedulingEvents-in-0}: scheduling's events on {@code madoguchi.scheduling.events}, group
 * {@code intake-service}. Retries and dead-lettering are the binder's; this class only decides what is poison.
 */
@Component("schedulingEvents")
class SchedulingEventsConsumer implements Consumer<Message<byte[]>> {

    private final IncomingEvents events;
    private final ApplySchedulingEvent applySchedulingEvent;

    SchedulingEventsConsumer(IncomingEvents events, ApplySchedulingEvent applySchedulingEvent) {
        this.events = events;
        this.applySchedulingEvent = applySchedulingEvent;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Optional<ConsultationEvent> event = events.read(message);
        if (event.isEmpty()) {
            return;
        }
        String typeName = EventType.of(event.get()).typeName();
        ApplyOutcome outcome = applySchedulingEvent.apply(event.get());
        count(typeName, outcome);
    }

    private void count(String type, ApplyOutcome outcome) {
        events.consumed(type, outcome.tag());
    }
}
