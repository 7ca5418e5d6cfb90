package jp.madoguchi.scheduling.booking.domain;

import java.time.LocalDate;

/**
 * The part of each open day's capacity that requests from the public web form may take (issue #7, finding 3):
 * anyone can send them without signing in, so however many arrive, from however many addresses, they cannot fill
 * the days the phone desk and the chambers' advisors book into. The rest of the day stays for staff.
 *
 * @param share fraction of the day's appointments (slots × consultants on duty), 0 to 1
 */
public record PublicShare(double share, ServiceCalendar calendar, DutyRoster roster) {

    public PublicShare {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("The public share is a fraction between 0 and 1: " + share);
        }
    }

    /** How many appointments of {@code date} public requests may hold; rounded down, so the share is never passed. */
    public int seatsOn(LocalDate date) {
        int capacity = calendar.slotsOn(date).stream().mapToInt(slot -> roster.consultantsOnDuty(slot).size()).sum();
        return (int) Math.floor(capacity * share + 1e-9);
    }

    public LocalDate dayOf(Slot slot) {
        return LocalDate.ofInstant(slot.startsAt(), calendar.zone());
    }
}
