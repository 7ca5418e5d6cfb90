package jp.madoguchi.scheduling.booking.adapter.in.messaging;

import java.util.function.Consumer;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import jp.madoguchi.events.ConsultationDateChangeRequested;
import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.ConsultationRequested;
import jp.madoguchi.events.ConsultationWithdrawn;
import jp.madoguchi.platform.events.IncomingEvents;
import jp.madoguchi.platform.events.PoisonEventException;
import jp.madoguchi.scheduling.booking.application.BookConsultation;
import jp.madoguchi.scheduling.booking.application.BookingOutcome;
import jp.madoguchi.scheduling.booking.application.CancelWithdrawnConsultation;
import jp.madoguchi.scheduling.booking.application.ChangeConsultationDate;
import jp.madoguchi.scheduling.booking.application.WithdrawalOutcome;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.DateChange;

/**
 * Reads intake's events. A transient failure (Mongo away) is thrown as it is, so the binder retries and
 * finally dead-letters; an event that can never be handled is a {@link PoisonEventException}, which the
 * binder dead-letters at once.
 */
@Component("intakeEvents")
class IntakeEventsConsumer implements Consumer<Message<byte[]>> {

    private final IncomingEvents events;
    private final BookConsultation book;
    private final CancelWithdrawnConsultation cancel;
    private final ChangeConsultationDate changeDate;

    IntakeEventsConsumer(IncomingEvents events, BookConsultation book, CancelWithdrawnConsultation cancel,
            ChangeConsultationDate changeDate) {
        this.events = events;
        this.book = book;
        this.cancel = cancel;
        this.changeDate = changeDate;
    }

    @Override
    public void accept(Message<byte[]> message) {
        events.handle(message, this::handle);
    }

    private String handle(ConsultationEvent event) {
        if (event instanceof ConsultationRequested requested) {
            return onRequested(requested);
        }
        if (event instanceof ConsultationWithdrawn withdrawn) {
            return onWithdrawn(withdrawn);
        }
        if (event instanceof ConsultationDateChangeRequested dateChange) {
            return onDateChangeRequested(dateChange);
        }
        return "skipped";
    }

    private String onRequested(ConsultationRequested event) {
        require(event.federationId() != null && event.preferredMode() != null,
                "ConsultationRequested without federationId or preferredMode");
        BookingOutcome outcome = book.book(new BookingRequest(event.consultationId(), event.federationId(),
                event.chamberId(), event.topic(), event.preferredMode(), event.preferredDays(), event.eventId(),
                event.verifiedOrigin(), event.timeOfDay()));
        return outcome == BookingOutcome.DUPLICATE ? "duplicate" : "applied";
    }

    private String onWithdrawn(ConsultationWithdrawn event) {
        WithdrawalOutcome outcome = cancel.withdraw(event.consultationId(), event.reason());
        return switch (outcome) {
            case CANCELLED, LEFT_WAITLIST -> "applied";
            case DUPLICATE -> "duplicate";
            case NOTHING_TO_CANCEL -> "skipped";
        };
    }

    private String onDateChangeRequested(ConsultationDateChangeRequested event) {
        return switch (changeDate.change(new DateChange(event.eventId(), event.consultationId(),
                event.preferredMode(), event.preferredDays(), event.preferredTimeOfDay()))) {
            case RESCHEDULED, SCHEDULED, KEPT, WAITLISTED -> "applied";
            case DUPLICATE -> "duplicate";
            case SKIPPED -> "skipped";
        };
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new PoisonEventException(problem);
        }
    }
}
