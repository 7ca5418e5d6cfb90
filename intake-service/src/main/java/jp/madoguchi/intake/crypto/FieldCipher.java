package jp.madoguchi.intake.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts one field value with AES-256-GCM. A stored value reads {@code v1:<keyId>:<base64(nonce ‖ ciphertext ‖ tag)>}.
 * The key id is a fingerprint of the key, so a value names the key that can open it: new values use the current
 * key, values under a retired key still open as long as that key is configured as retired. Together the current and
 * the retired keys are the key ring; {@link #reseal} moves a value to the current key (the re-encryption job).
 *
 * <p>The caller passes a context (e.g. the consultation id and field name) as associated data: a ciphertext
 * copied into another document or field fails to open instead of showing someone else's data.
 */
public final class FieldCipher {

    private static final String PREFIX = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public FieldCipher(byte[] currentKey, List<byte[]> retiredKeys) {
        this.currentKeyId = register(currentKey);
        retiredKeys.forEach(this::register);
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** The id of the key that sealed a stored value (the part after the format prefix), whether it is configured or not. */
    public static String keyIdOf(String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("Not an encrypted field value");
        }
        return parts[1];
    }

    /**
     * The value sealed again under the current key, for the re-encryption job; a value already under the current key
     * is returned as it is.
     */
    public String reseal(String stored, String context) {
        if (stored == null || keyIdOf(stored).equals(currentKeyId)) {
            return stored;
        }
        return encrypt(decrypt(stored, context), context);
    }

    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String stored, String context) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 3);
        SecretKeySpec key = keys.get(keyIdOf(stored));
        if (key == null) {
            throw new IllegalStateException("No data key with id " + parts[1] + " is configured");
        }
        byte[] in = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encrypted field value does not open with key " + parts[1], e);
        }
    }

    private String register(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("A data key is 32 bytes (AES-256), got " + key.length);
        }
        String id = keyId(key);
        keys.put(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** A fingerprint, not the key: the first 8 bytes of SHA-256 over a label and the key. */
    static String keyId(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("madoguchi-intake-data-key".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha.digest(key), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
