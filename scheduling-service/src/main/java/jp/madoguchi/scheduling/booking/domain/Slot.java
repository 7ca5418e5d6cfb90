package jp.madoguchi.scheduling.booking.domain;

import java.time.Instant;
import java.util.Objects;

/** One bookable period of the service; a consultant holds at most one appointment per slot. */
public record Slot(Instant startsAt, Instant endsAt) {

    public Slot {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A slot must end after it starts: " + startsAt + " / " + endsAt);
        }
    }
}
