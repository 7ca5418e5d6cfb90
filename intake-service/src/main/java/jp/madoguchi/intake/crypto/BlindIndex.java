package jp.madoguchi.intake.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA-256) of a personal value, so that requests of the same person can be found by an equality
 * lookup without storing the value in clear or under a hash anyone could recompute from a list of phone numbers.
 * The purpose is part of the input: the index of a phone number for one rule never equals that of another.
 */
public final class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public BlindIndex(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A blind-index key has at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A key derived from another secret (the data key) when no blind-index key of its own is configured. */
    public static BlindIndex derivedFrom(byte[] secret) {
        return new BlindIndex(hmac(new SecretKeySpec(secret, ALGORITHM), "madoguchi/blind-index/v1"));
    }

    /** The index of {@code value} for {@code purpose}, base64url without padding (43 characters). */
    public String of(String purpose, String value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(key, purpose + "\u0000" + value));
    }

    /**
     * A pseudonym for {@code value}: a UUID made of the first 122 bits of its index (version 8, the RFC 9562 layout
     * for custom UUIDs), so it fits where a random id would and cannot be told apart from outside.
     */
    public UUID pseudonymOf(String purpose, String value) {
        ByteBuffer bits = ByteBuffer.wrap(hmac(key, purpose + "\u0000" + value));
        long high = bits.getLong() & ~0xF000L | 0x8000L;
        long low = bits.getLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static byte[] hmac(SecretKeySpec key, String input) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }
}
