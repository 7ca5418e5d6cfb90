package jp.madoguchi.notification.delivery.application;

import jp.madoguchi.events.NotificationChannel;
import jp.madoguchi.notification.delivery.domain.Notice;

/** What became of one notice: recorded now, or already in the log. */
public record RecordedNotice(Notice notice, NotificationChannel channel, boolean duplicate) {
}
