package jp.madoguchi.notification.delivery.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jp.madoguchi.events.ConsultationEvent;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.notification.delivery.domain.Delivery;
import jp.madoguchi.notification.delivery.domain.Notice;
import jp.madoguchi.notification.delivery.domain.NoticePolicy;

/** Use case: a scheduling event happened; record each notice it calls for exactly once. */
@Service
public class RecordNotices {

    private static final Logger log = LoggerFactory.getLogger(RecordNotices.class);

    private final Deliveries deliveries;
    private final DeliveryChannel channel;
    private final Clock clock;

    public RecordNotices(Deliveries deliveries, DeliveryChannel channel, Clock clock) {
        this.deliveries = deliveries;
        this.channel = channel;
        this.clock = clock;
    }

    /** @return one entry per notice the event calls for; empty when it calls for none */
    public List<RecordedNotice> on(ConsultationEvent event) {
        List<RecordedNotice> results = new ArrayList<>();
        for (Notice notice : NoticePolicy.noticesFor(event)) {
            results.add(record(notice));
        }
        return results;
    }

    private RecordedNotice record(Notice notice) {
        // Checked before the channel is asked, so a redelivered event never reaches a recipient twice;
        // the unique id still decides when two instances race.
        Optional<Delivery> known = deliveries.find(notice.deliveryId());
        if (known.isPresent()) {
            return new RecordedNotice(notice, known.get().channel(), true);
        }
        WithEvents<Delivery> delivered = Delivery.recorded(notice, channel.deliver(notice), clock.instant());
        Delivery delivery = delivered.state();
        boolean recorded = deliveries.recordNew(delivered);
        if (recorded) {
            // Ids and enums only: the recipient's contact details never reach the logs.
            log.info("Recorded {} notice {} to {} of consultation {} via {}", delivery.purpose(), delivery.deliveryId(),
                    delivery.recipientRole(), delivery.consultationId(), delivery.channel());
        }
        return new RecordedNotice(notice, delivery.channel(), !recorded);
    }
}
