package jp.madoguchi.notification.delivery.adapter.out.provider;

import org.springframework.stereotype.Component;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.notification.delivery.application.DeliveryChannel;
import jp.madoguchi.notification.delivery.domain.Notice;

/**
 * Keeps the notice in the delivery log only. The channel while no e-mail or SMS gateway is
 * configured: staff see from the log which owners still need a call.
 */
@Component
public class RecordOnlyChannel implements DeliveryChannel {

    @Override
    public NotificationChannel deliver(Notice notice) {
        return NotificationChannel.RECORD_ONLY;
    }
}
