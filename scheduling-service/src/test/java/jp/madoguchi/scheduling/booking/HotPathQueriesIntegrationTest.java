package jp.madoguchi.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import jp.madoguchi.events.ConsultationMode;
import jp.madoguchi.events.ConsultationTopic;
import jp.madoguchi.events.RequestOrigin;
import jp.madoguchi.events.WithdrawalReason;
import jp.madoguchi.scheduling.booking.application.BookConsultation;
import jp.madoguchi.scheduling.booking.application.CancelWithdrawnConsultation;
import jp.madoguchi.scheduling.booking.domain.BookingRequest;
import jp.madoguchi.scheduling.support.SchedulingServiceTest;
import jp.madoguchi.scheduling.support.TestClock;
import jp.madoguchi.testsupport.HotPathQueries;
import jp.madoguchi.testsupport.HotPathQueries.Query;

/**
 * Issue #8, the data-access rule (docs/architecture.md): everything the consumer path sends to MongoDB — booking
 * staff and public requests, a redelivery, losing a slot to another booker, waitlisting, withdrawing — names its
 * documents by {@code _id} or a unique key, so it costs the same with years of history as with none.
 */
@SchedulingServiceTest
class HotPathQueriesIntegrationTest {

    @Autowired
    HotPathQueries queries;
    @Autowired
    BookConsultation book;
    @Autowired
    CancelWithdrawnConsultation cancel;
    @Autowired
    TestClock clock;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theBookingPathNamesEveryDocumentByKey() {
        // Friday 17:00: nine open days ahead, 108 appointments; the last requests are waitlisted.
        clock.startFreshWeek(DayOfWeek.FRIDAY, LocalTime.of(17, 0));
        List<BookingRequest> requests = new ArrayList<>();
        for (int i = 0; i < 112; i++) {
            requests.add(request(i % 3 == 0 ? RequestOrigin.PUBLIC_FORM : RequestOrigin.FEDERATION_STAFF));
        }

        List<Query> sent = queries.on(() -> {
            requests.forEach(book::book);
            book.book(requests.get(0));
            cancel.withdraw(requests.get(1).consultationId(), WithdrawalReason.OWNER_REQUEST);
            cancel.withdraw(requests.get(111).consultationId(), WithdrawalReason.OWNER_REQUEST);
            cancel.withdraw(UUID.randomUUID(), WithdrawalReason.OTHER);
        });

        assertThat(sent).extracting(Query::collection).contains("appointments", "bookingDays", "waitlist");
        HotPathQueries.assertServedByKeys(sent, mongo.getDb());
    }

    private static BookingRequest request(RequestOrigin origin) {
        return new BookingRequest(UUID.randomUUID(), "chiba", "ichinomiya", ConsultationTopic.FINANCE,
                ConsultationMode.PHONE, List.of(), UUID.randomUUID(), origin);
    }
}
