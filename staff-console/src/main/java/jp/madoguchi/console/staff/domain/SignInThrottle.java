package jp.madoguchi.console.staff.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows password guessing down without letting anyone lock a staff member out. Failures are counted per user name
 * <em>and</em> client address, and per client address; after the free failures each further one doubles the wait
 * before the next attempt from there, up to a cap. There is deliberately no count per user name alone: then
 * anyone could keep a name out from anywhere, while here the real person, at another address, signs in as usual.
 * <p>
 * An IPv6 client is counted by its /64 prefix, because one host is given a whole /64 and could otherwise take a
 * fresh address for every try; an IPv4 client by its address. Kept in memory: a restart forgets the counts, which
 * only ever lets someone try again sooner.
 */
public final class SignInThrottle {

    private final int freeFailures;
    private final int freeFailuresPerAddress;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;
    private final Map<String, Failures> failures = new HashMap<>();

    /**
     * @param freeFailures failures of one user name from one address before any wait
     * @param freeFailuresPerAddress failures from one address (any user names) before any wait; higher, because an
     *                               office shares one address
     * @param firstDelay the wait after the first failure beyond the free ones; it doubles with each further one
     * @param maxDelay the longest wait
     * @param forgetAfter how long after its last failure a count is forgotten
     */
    public SignInThrottle(int freeFailures, int freeFailuresPerAddress, Duration firstDelay, Duration maxDelay,
            Duration forgetAfter) {
        this.freeFailures = freeFailures;
        this.freeFailuresPerAddress = freeFailuresPerAddress;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** When this user name may try again from this address, if it has to wait now. */
    public synchronized Optional<Instant> retryAt(String username, String address, Instant now) {
        forgetOld(now);
        Instant userAtAddress = retryAt(failures.get(userKey(username, address)), freeFailures);
        Instant fromAddress = retryAt(failures.get(addressKey(address)), freeFailuresPerAddress);
        Instant later = userAtAddress.isAfter(fromAddress) ? userAtAddress : fromAddress;
        return later.isAfter(now) ? Optional.of(later) : Optional.empty();
    }

    /** Counts a failed attempt of this user name from this address. */
    public synchronized void failed(String username, String address, Instant now) {
        failures.merge(userKey(username, address), new Failures(1, now), Failures::plus);
        failures.merge(addressKey(address), new Failures(1, now), Failures::plus);
    }

    /**
     * A successful sign-in clears the count of this user name at this address, not the address's: one valid
     * account must not wipe out the failures of guessing others.
     */
    public synchronized void succeeded(String username, String address) {
        failures.remove(userKey(username, address));
    }

    private Instant retryAt(Failures counted, int free) {
        if (counted == null || counted.count() <= free) {
            return Instant.MIN;
        }
        int doublings = Math.min(counted.count() - free - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return counted.last().plus(delay.compareTo(maxDelay) > 0 ? maxDelay : delay);
    }

    private void forgetOld(Instant now) {
        failures.values().removeIf(counted -> !counted.last().plus(forgetAfter).isAfter(now));
    }

    private static String userKey(String username, String address) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)) + "@"
                + addressKey(address);
    }

    /** The key of a client: an IPv6 address's /64 prefix, an IPv4 address as it is. */
    static String addressKey(String address) {
        if (address == null) {
            return "address:";
        }
        if (address.indexOf(':') < 0) {
            return "address:" + address;
        }
        try {
            // A literal with ':' is parsed as an IPv6 address, never looked up by name.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4) {
                return "address:" + InetAddress.getByAddress(bytes).getHostAddress(); // IPv4-mapped
            }
            return "address:" + HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
        } catch (UnknownHostException e) {
            return "address:" + address;
        }
    }

    private record Failures(int count, Instant last) {

        Failures plus(Failures other) {
            return new Failures(count + other.count, last.isAfter(other.last) ? last : other.last);
        }
    }
}
