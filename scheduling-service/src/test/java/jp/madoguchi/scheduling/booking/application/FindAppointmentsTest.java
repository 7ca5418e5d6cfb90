package jp.madoguchi.scheduling.booking.application;

import static jp.madoguchi.scheduling.booking.application.Booking.tokyo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.AppointmentScope;
import jp.madoguchi.scheduling.booking.domain.Slot;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;

class FindAppointmentsTest {

    private static final Instant BOOKED_AT = tokyo("2026-11-27T11:00");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private final InMemoryAppointmentStore appointments = new InMemoryAppointmentStore();
    private final FindAppointments find = new FindAppointments(appointments, Booking.HOURS);

    // Booked out of order on purpose; the board lists them in start order.
    private final Appointment mondayAfternoonKatsuura = booked("katsuura", "consultant-02", "2026-11-30T14:30");
    private final Appointment mondayMorningIchinomiya = booked("ichinomiya", "consultant-01", "2026-11-30T09:30");
    private final Appointment mondayMorningKatsuura = booked("katsuura", "consultant-02", "2026-11-30T09:30");
    private final Appointment tuesdayIchinomiya = booked("ichinomiya", "consultant-02", "2026-12-01T09:30");

    @Test
    void staffSeeAConsultationsAppointment() {
        assertThat(find.ofConsultation(mondayMorningIchinomiya.consultationId(), AppointmentScope.EVERYTHING))
                .containsExactly(mondayMorningIchinomiya);
        assertThat(find.ofConsultation(UUID.randomUUID(), AppointmentScope.EVERYTHING)).isEmpty();
    }

    @Test
    void anAdvisorOrConsultantSeesAConsultationsAppointmentOnlyWhenItIsTheirs() {
        UUID consultationId = mondayMorningIchinomiya.consultationId();

        assertThat(find.ofConsultation(consultationId, AppointmentScope.limitedTo("ichinomiya", null)))
                .containsExactly(mondayMorningIchinomiya);
        assertThat(find.ofConsultation(consultationId, AppointmentScope.limitedTo(null, "consultant-01")))
                .containsExactly(mondayMorningIchinomiya);
        assertThat(find.ofConsultation(consultationId, AppointmentScope.limitedTo("katsuura", null))).isEmpty();
        assertThat(find.ofConsultation(consultationId, AppointmentScope.limitedTo(null, "consultant-02"))).isEmpty();
    }

    @Test
    void aDaysBoardListsThatTokyoDaysAppointmentsInStartOrder() {
        assertThat(find.onDate(MONDAY, AppointmentScope.EVERYTHING))
                .containsExactly(mondayMorningIchinomiya, mondayMorningKatsuura, mondayAfternoonKatsuura);
        assertThat(find.onDate(MONDAY.plusDays(1), AppointmentScope.EVERYTHING)).containsExactly(tuesdayIchinomiya);
        assertThat(find.onDate(MONDAY.plusDays(2), AppointmentScope.EVERYTHING)).isEmpty();
    }

    @Test
    void theDayIsTheTokyoDayNotTheUtcDay() {
        // 08:00 on Wednesday in Tokyo is still Tuesday in UTC.
        Appointment earlyWednesday = booked("ichinomiya", "consultant-01", "2026-12-02T08:00");

        assertThat(find.onDate(MONDAY.plusDays(2), AppointmentScope.EVERYTHING)).containsExactly(earlyWednesday);
        assertThat(find.onDate(MONDAY.plusDays(1), AppointmentScope.EVERYTHING)).containsExactly(tuesdayIchinomiya);
    }

    @Test
    void aDaysBoardShowsEachReaderOnlyWhatTheirScopeIncludes() {
        assertThat(find.onDate(MONDAY, AppointmentScope.limitedTo("katsuura", null)))
                .containsExactly(mondayMorningKatsuura, mondayAfternoonKatsuura);
        assertThat(find.onDate(MONDAY, AppointmentScope.limitedTo(null, "consultant-01")))
                .containsExactly(mondayMorningIchinomiya);
        assertThat(find.onDate(MONDAY, AppointmentScope.limitedTo("ichinomiya", "consultant-02")))
                .as("an advisor who also consults sees the union")
                .containsExactly(mondayMorningIchinomiya, mondayMorningKatsuura, mondayAfternoonKatsuura);
        assertThat(find.onDate(MONDAY, AppointmentScope.limitedTo("no-such-chamber", null))).isEmpty();
    }

    private Appointment booked(String chamberId, String consultantId, String tokyoStart) {
        Instant start = tokyo(tokyoStart);
        var request = Booking.request(chamberId);
        appointments.insert(Appointment.book(request,
                new SlotOffer(new Slot(start, start.plusSeconds(3600)), consultantId), null, BOOKED_AT));
        return appointments.findByConsultation(request.consultationId()).orElseThrow();
    }
}
