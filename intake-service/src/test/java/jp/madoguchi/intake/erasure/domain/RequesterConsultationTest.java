package jp.madoguchi.intake.erasure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.madoguchi.intake.request.domain.RequestStatus;

class RequesterConsultationTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-01T01:00:00Z");
    private static final Instant CHANGED = Instant.parse("2026-12-03T01:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-12-10T02:00:00Z");

    @Test
    void waitingRequestsAreOpenAndNeverClosed() {
        for (RequestStatus status : new RequestStatus[] {RequestStatus.RECEIVED, RequestStatus.WAITLISTED}) {
            RequesterConsultation c = consultation(status, CHANGED, null);
            assertThat(c.closedAt()).isNull();
            assertThat(c.openAt(Instant.parse("2099-01-01T00:00:00Z"))).isTrue();
        }
    }

    @Test
    void aScheduledRequestClosesWhenItsAppointmentEnds() {
        RequesterConsultation c = consultation(RequestStatus.SCHEDULED, CHANGED, ENDS);

        assertThat(c.closedAt()).isEqualTo(ENDS);
        assertThat(c.openAt(ENDS.minusSeconds(1))).isTrue();
        assertThat(c.openAt(ENDS)).isFalse();
    }

    @Test
    void endedRequestsClosedWhenTheirStatusChangedOrElseWhenReceived() {
        for (RequestStatus status : new RequestStatus[] {RequestStatus.WITHDRAWN, RequestStatus.CANCELLED,
                RequestStatus.COMPLETED, RequestStatus.NO_SHOW}) {
            assertThat(consultation(status, CHANGED, null).closedAt()).as(status.name()).isEqualTo(CHANGED);
            assertThat(consultation(status, null, null).closedAt()).as(status.name()).isEqualTo(RECEIVED);
            assertThat(consultation(status, CHANGED, null).openAt(CHANGED)).isFalse();
        }
    }

    private static RequesterConsultation consultation(RequestStatus status, Instant statusAsOf, Instant endsAt) {
        return new RequesterConsultation(UUID.randomUUID(), "ichinomiya", status, RECEIVED, statusAsOf, endsAt, null);
    }
}
