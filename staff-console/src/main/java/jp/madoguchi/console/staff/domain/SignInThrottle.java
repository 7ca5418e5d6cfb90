package jp.madoguchi.console.staff.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses sign-in for a while after too many failures within a window, counted per user name and per client
 * address (the address limit is higher: many staff may share one office address). Kept in memory: a restart
 * forgets the counts, which only ever lets someone try again sooner, never locks anyone out for good.
 */
public final class SignInThrottle {

    private final int maxFailuresPerUser;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Duration lockDuration;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    private final Map<String, Instant> lockedUntil = new HashMap<>();

    public SignInThrottle(int maxFailuresPerUser, int maxFailuresPerAddress, Duration window, Duration lockDuration) {
        this.maxFailuresPerUser = maxFailuresPerUser;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /** When the user name or the address may try again, if either is locked now. */
    public synchronized Optional<Instant> lockedUntil(String username, String address, Instant now) {
        forgetExpired(now);
        Instant user = lockedUntil.get(userKey(username));
        Instant addr = lockedUntil.get(addressKey(address));
        if (user == null) {
            return Optional.ofNullable(addr);
        }
        return Optional.of(addr == null || user.isAfter(addr) ? user : addr);
    }

    /** Counts a failed attempt; true if this attempt locked the user name or the address. */
    public synchronized boolean failed(String username, String address, Instant now) {
        boolean userLocked = count(userKey(username), maxFailuresPerUser, now);
        boolean addressLocked = address != null && count(addressKey(address), maxFailuresPerAddress, now);
        return userLocked || addressLocked;
    }

    /** A successful sign-in clears the user name's count (not the address's). */
    public synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private boolean count(String key, int max, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        recent.addLast(now);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= max) {
            lockedUntil.put(key, now.plus(lockDuration));
            failures.remove(key);
            return true;
        }
        return false;
    }

    private void forgetExpired(Instant now) {
        lockedUntil.values().removeIf(until -> !until.isAfter(now));
        failures.values().removeIf(recent -> recent.isEmpty() || !recent.peekLast().isAfter(now.minus(window)));
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
