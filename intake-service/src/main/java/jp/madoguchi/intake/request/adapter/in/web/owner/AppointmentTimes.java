package jp.madoguchi.intake.request.adapter.in.web.owner;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.madoguchi.intake.request.application.ConsultationStatusView.AppointmentView;

/** An appointment's date and time as an owner reads it, in Japan time: 2026年12月7日(月) 9:30〜10:30. */
final class AppointmentTimes {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JA_DAY = DateTimeFormatter.ofPattern("uuuu年M月d日(E) H:mm", Locale.JAPANESE);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("EEE d MMM uuuu, H:mm", Locale.ENGLISH);
    private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("H:mm");

    private AppointmentTimes() {
    }

    static String of(AppointmentView appointment, Locale locale) {
        boolean japanese = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String start = (japanese ? JA_DAY : EN_DAY).format(appointment.startsAt().atZone(JAPAN));
        return start + (japanese ? "〜" : "–") + END.format(appointment.endsAt().atZone(JAPAN))
                + (japanese ? "" : " (Japan time)");
    }
}
