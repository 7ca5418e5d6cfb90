package jp.madoguchi.intake.request.adapter.in.messaging;

import java.util.function.Consumer;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import jp.madoguchi.intake.request.application.ApplySchedulingEvent;
import jp.madoguchi.platform.events.IncomingEvents;

/**
 * Binding {@code schedulingEvents-in-0}: scheduling's events on {@code madoguchi.scheduling.events}, group
 * {@code intake-service}. Reading, counting and poison are the platform's ({@link IncomingEvents}), retries and
 * dead-lettering the binder's; this class only hands the event to the use case.
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
        events.handle(message, event -> applySchedulingEvent.apply(event).tag());
    }
}
