package jp.madoguchi.intake.request.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The requester's proof that a request is theirs: 128 random bits, shown once in the answer to the submission and
 * kept by intake only as its SHA-256 hash. Whoever holds the value may read the request's status (no personal
 * data). A hash without salt is enough: the value is random, not a password.
 */
public record StatusToken(String value) {

    private static final int BYTES = 16;
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public StatusToken {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Empty status token");
        }
    }

    public static StatusToken issue(RandomGenerator random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new StatusToken(BASE64URL.encodeToString(bytes));
    }

    /** What intake stores: base64url of SHA-256 of the value. */
    public String hash() {
        return BASE64URL.encodeToString(digest(value));
    }

    /** Constant-time comparison of the hashes, so timing says nothing about how much of a guess was right. */
    public static boolean matches(String presented, String storedHash) {
        if (presented == null || storedHash == null) {
            return false;
        }
        byte[] expected;
        try {
            expected = Base64.getUrlDecoder().decode(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(digest(presented), expected);
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "StatusToken[redacted]";
    }
}
