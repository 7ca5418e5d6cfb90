package jp.madoguchi.intake.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

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
