package jp.madoguchi.intake.request.adapter.in.web.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.intake.request.application.ConsultationStatusView.AppointmentView;

class AppointmentTimesTest {

    /** 00:30 UTC on Sunday the 6th is 9:30 on Monday the 7th in Japan. */
    private static final AppointmentView MONDAY_MORNING = new AppointmentView(UUID.randomUUID(),
            Instant.parse("2026-12-07T00:30:00Z"), Instant.parse("2026-12-07T01:30:00Z"), "2026-12-07", "09:30",
            "10:30", ConsultationMode.PHONE);

    @Test
    void japaneseAsAnOwnerWritesIt() {
        assertThat(AppointmentTimes.of(MONDAY_MORNING, Locale.JAPANESE)).isEqualTo("2026年12月7日(月) 9:30〜10:30");
    }

    @Test
    void englishSaysItIsJapanTime() {
        assertThat(AppointmentTimes.of(MONDAY_MORNING, Locale.ENGLISH))
                .isEqualTo("Mon 7 Dec 2026, 9:30–10:30 (Japan time)");
    }
}
