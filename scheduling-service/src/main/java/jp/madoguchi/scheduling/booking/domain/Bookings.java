package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The appointments already held in the booking window, as the policy sees them: which
 * (consultant, slot start) pairs are taken and how many appointments each consultant has.
 * A snapshot may be stale by the time a booking is written; the store's unique index is the
 * last word, and a lost race just moves on to the next offer.
 */
public final class Bookings {

    private final Set<Taken> taken = new HashSet<>();
    private final Map<String, Integer> load = new HashMap<>();

    public record Taken(String consultantId, Instant startsAt) {
    }

    public static Bookings of(Collection<Taken> held) {
        Bookings bookings = new Bookings();
        held.forEach(bookings::add);
        return bookings;
    }

    private void add(Taken held) {
        if (taken.add(held)) {
            load.merge(held.consultantId(), 1, Integer::sum);
        }
    }

    public boolean isTaken(String consultantId, Slot slot) {
        return taken.contains(new Taken(consultantId, slot.startsAt()));
    }

    public int loadOf(String consultantId) {
        return load.getOrDefault(consultantId, 0);
    }
}
