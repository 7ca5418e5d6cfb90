package jp.madoguchi.intake.request.application;

import java.util.regex.Pattern;

import jp.madoguchi.platform.security.Caller;

/**
 * The {@code Idempotency-Key} a client sent: up to 255 visible ASCII characters (a UUID is what we suggest). Keys are
 * per caller: the same key from the public form and from a staff member are different keys.
 */
public record IdempotencyKey(String value) {

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1,255}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new IllegalArgumentException("An idempotency key is 1 to 255 visible ASCII characters");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && VISIBLE_ASCII.matcher(value).matches();
    }

    /** The key within its caller's scope, as blind-indexed. */
    String scopedBy(Caller caller) {
        return (caller.isAnonymous() ? "public" : "staff:" + caller.subject()) + "\u0000" + value;
    }

    @Override
    public String toString() {
        return "IdempotencyKey[redacted]";
    }
}
