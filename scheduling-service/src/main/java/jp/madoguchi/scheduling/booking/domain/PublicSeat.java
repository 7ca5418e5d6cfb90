package jp.madoguchi.scheduling.booking.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One of the day's places for appointments booked from the public web form; numbered from 0 up to the day's
 * {@link PublicShare#seatsOn public seats}. An appointment holds at most one, and no two hold the same.
 */
public record PublicSeat(LocalDate date, int number) {

    public PublicSeat {
        Objects.requireNonNull(date, "date");
        if (number < 0) {
            throw new IllegalArgumentException("A seat number is not negative");
        }
    }

    /** The stored key, e.g. {@code 2026-12-07#3}. */
    public String key() {
        return date + "#" + number;
    }

    public static PublicSeat parse(String key) {
        int hash = key.indexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("Not a public seat: " + key);
        }
        return new PublicSeat(LocalDate.parse(key.substring(0, hash)), Integer.parseInt(key.substring(hash + 1)));
    }
}
