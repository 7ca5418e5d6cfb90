package jp.madoguchi.notification.delivery.application;

import java.util.ArrayList;
import java.util.List;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.notification.delivery.domain.Notice;

/** A channel that keeps what it was handed, i.e. what recipients would have received. */
final class InMemoryDeliveryChannel implements DeliveryChannel {

    private final List<Notice> handed = new ArrayList<>();
    private NotificationChannel answer;

    InMemoryDeliveryChannel(NotificationChannel answer) {
        this.answer = answer;
    }

    /** From now on notices go out through this channel (e.g. a recipient who only has a phone). */
    void switchTo(NotificationChannel channel) {
        answer = channel;
    }

    /** Every notice that reached a recipient, in order. */
    List<Notice> handed() {
        return List.copyOf(handed);
    }

    @Override
    public NotificationChannel deliver(Notice notice) {
        handed.add(notice);
        return answer;
    }
}
