package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The appointments already held in the booking window, as the policy sees them: which
 * (consultant, slot start) pairs are taken, how many appointments each consultant has, and which
 * {@link PublicSeat public seats} are held.
 * A snapshot may be stale by the time a booking is written; the store's unique index is the
 * last word, and a lost race just moves on to the next offer.
 */
public final class Bookings {

    private final Set<Taken> taken = new HashSet<>();
    private final Map<String, Integer> load = new HashMap<>();
    private final Map<LocalDate, Set<Integer>> publicSeats = new HashMap<>();

    public record Taken(String consultantId, Instant startsAt) {
    }

    public static Bookings of(Collection<Taken> held) {
        return of(held, List.of());
    }

    public static Bookings of(Collection<Taken> held, Collection<PublicSeat> seatsHeld) {
        Bookings bookings = new Bookings();
        held.forEach(bookings::add);
        seatsHeld.forEach(bookings::holdPublicSeat);
        return bookings;
    }

    /** Notes a seat found taken since the snapshot was read, so the next try asks for another. */
    public void holdPublicSeat(PublicSeat seat) {
        publicSeats.computeIfAbsent(seat.date(), d -> new HashSet<>()).add(seat.number());
    }

    /** The lowest-numbered seat of the day not held, among the day's {@code seats}; empty when all are. */
    public Optional<PublicSeat> freePublicSeat(LocalDate date, int seats) {
        Set<Integer> held = publicSeats.getOrDefault(date, Set.of());
        return IntStream.range(0, seats).filter(n -> !held.contains(n)).mapToObj(n -> new PublicSeat(date, n))
                .findFirst();
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
