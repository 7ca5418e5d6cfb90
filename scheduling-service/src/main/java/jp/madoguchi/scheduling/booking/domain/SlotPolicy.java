package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.List;

/**
 * Which slots and consultants a request may get, best first. An empty answer means nothing fits
 * within the booking horizon and the request waits. Speciality, theme days and the fixed consultant
 * will be further policies (or rankings inside one) behind this interface.
 */
public interface SlotPolicy {

    List<SlotOffer> offers(BookingRequest request, Instant now, Bookings bookings);

    /** The window the policy may book into, so the caller can load the {@link Bookings} it needs. */
    BookingWindow windowAt(Instant now);
}
