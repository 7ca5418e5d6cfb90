package jp.madoguchi.notification.delivery.application;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.notification.delivery.domain.Notice;

/** Port: a way to get a notice to its recipient (e-mail, SMS, or only the log). */
public interface DeliveryChannel {

    /** @return the channel that took the notice */
    NotificationChannel deliver(Notice notice);
}
