package jp.madoguchi.scheduling.booking.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.WithEvents;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.application.AppointmentStore;
import jp.madoguchi.scheduling.booking.application.AppointmentStore.InsertOutcome;
import jp.madoguchi.scheduling.booking.domain.Appointment;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.booking.domain.Slot;
import jp.madoguchi.scheduling.booking.domain.SlotOffer;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;

/** The unique indexes, as the embedded Mongo wire server enforces them. */
@SchedulingServiceTest
class AppointmentStoreIntegrationTest {

    @Autowired
    AppointmentStore store;

    private final String consultant = "consultant-" + UUID.randomUUID();
    private final Slot slot = new Slot(Instant.parse("2040-01-09T00:30:00Z"), Instant.parse("2040-01-09T01:30:00Z"));

    @Test
    void aConsultantSlotHoldsOneBookedAppointment() {
        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.INSERTED);

        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.SLOT_TAKEN);
        assertThat(insert(appointment(UUID.randomUUID(),
                new Slot(slot.endsAt(), slot.endsAt().plus(Duration.ofHours(1)))))).isEqualTo(InsertOutcome.INSERTED);
    }

    @Test
    void aConsultationHoldsOneAppointment() {
        UUID consultationId = UUID.randomUUID();
        assertThat(insert(appointment(consultationId, slot))).isEqualTo(InsertOutcome.INSERTED);

        Slot other = new Slot(slot.endsAt(), slot.endsAt().plus(Duration.ofHours(1)));
        assertThat(insert(appointment(consultationId, other))).isEqualTo(InsertOutcome.CONSULTATION_ALREADY_BOOKED);
        assertThat(insert(appointment(consultationId, slot))).isEqualTo(InsertOutcome.CONSULTATION_ALREADY_BOOKED);
    }

    @Test
    void aCancelledAppointmentFreesItsSlotOnce() {
        WithEvents<Appointment> first = Appointment.book(request(UUID.randomUUID()), new SlotOffer(slot, consultant),
                null, Instant.now());
        store.insert(first);

        WithEvents<Appointment> cancelled = first.state().cancelForWithdrawal(WithdrawalReason.OWNER_REQUEST, Instant.now());
        assertThat(store.cancel(cancelled)).isTrue();
        assertThat(store.cancel(cancelled)).isFalse();

        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.INSERTED);
        assertThat(insert(appointment(UUID.randomUUID(), slot))).isEqualTo(InsertOutcome.SLOT_TAKEN);
        assertThat(store.bookedBetween(slot.startsAt(), slot.endsAt()).loadOf(consultant)).isEqualTo(1);
    }

    private InsertOutcome insert(WithEvents<Appointment> booked) {
        return store.insert(booked);
    }

    private WithEvents<Appointment> appointment(UUID consultationId, Slot at) {
        return Appointment.book(request(consultationId), new SlotOffer(at, consultant), null, Instant.now());
    }

    private static BookingRequest request(UUID consultationId) {
        return new BookingRequest(consultationId, "chiba", "yachimata", ConsultationTopic.DX_IT,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), RequestOrigin.FEDERATION_STAFF);
    }
}
