package jp.madoguchi.intake.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FieldCipherTest {

    private static final byte[] KEY_A = key(1);
    private static final byte[] KEY_B = key(2);

    @Test
    void roundTripsJapaneseTextAndHidesIt() {
        FieldCipher cipher = new FieldCipher(KEY_A, List.of());
        String sealed = cipher.encrypt("山田 太郎", "ctx");

        assertThat(sealed).startsWith("v1:" + cipher.currentKeyId() + ":").doesNotContain("山田");
        assertThat(cipher.decrypt(sealed, "ctx")).isEqualTo("山田 太郎");
    }

    @Test
    void resealingMovesAValueFromARetiredKeyToTheCurrentOneAndLeavesCurrentValuesAlone() {
        FieldCipher before = new FieldCipher(KEY_A, List.of());
        FieldCipher after = new FieldCipher(KEY_B, List.of(KEY_A));
        String old = before.encrypt("山田 太郎", "ctx");
        String current = after.encrypt("山田 太郎", "ctx");

        String resealed = after.reseal(old, "ctx");

        assertThat(FieldCipher.keyIdOf(old)).isEqualTo(before.currentKeyId());
        assertThat(FieldCipher.keyIdOf(resealed)).isEqualTo(after.currentKeyId());
        assertThat(after.decrypt(resealed, "ctx")).isEqualTo("山田 太郎");
        assertThat(after.decrypt(old, "ctx")).isEqualTo("山田 太郎");
        assertThat(after.reseal(current, "ctx")).isSameAs(current);
        assertThat(after.reseal(null, "ctx")).isNull();
    }

    @Test
    void aFreshNonceEveryTimeSoEqualValuesDoNotLookEqual() {
        FieldCipher cipher = new FieldCipher(KEY_A, List.of());
        assertThat(cipher.encrypt("0475-42-1234", "ctx")).isNotEqualTo(cipher.encrypt("0475-42-1234", "ctx"));
        byte[] nonce1 = Base64.getDecoder().decode(cipher.encrypt("x", "ctx").split(":")[2]);
        assertThat(nonce1).hasSize(12 + 1 + 16);
    }

    @Test
    void aCiphertextMovedToAnotherContextDoesNotOpen() {
        FieldCipher cipher = new FieldCipher(KEY_A, List.of());
        String sealed = cipher.encrypt("taro@example.jp", "consultationRequests/a/personal.email");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "consultationRequests/b/personal.email"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperingIsDetected() {
        FieldCipher cipher = new FieldCipher(KEY_A, List.of());
        String sealed = cipher.encrypt("秘密", "ctx");
        byte[] bytes = Base64.getDecoder().decode(sealed.split(":")[2]);
        bytes[bytes.length - 1] ^= 1;
        String tampered = "v1:" + cipher.currentKeyId() + ":" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> cipher.decrypt(tampered, "ctx")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void valuesUnderARetiredKeyStillOpenAfterRotation() {
        FieldCipher before = new FieldCipher(KEY_A, List.of());
        String old = before.encrypt("事業承継の相談", "ctx");

        FieldCipher after = new FieldCipher(KEY_B, List.of(KEY_A));

        assertThat(after.currentKeyId()).isNotEqualTo(before.currentKeyId());
        assertThat(after.decrypt(old, "ctx")).isEqualTo("事業承継の相談");
        assertThat(after.encrypt("new", "ctx")).startsWith("v1:" + after.currentKeyId() + ":");
        assertThatThrownBy(() -> new FieldCipher(KEY_B, List.of()).decrypt(old, "ctx"))
                .hasMessageContaining(before.currentKeyId());
    }

    @Test
    void refusesKeysThatAreNotAes256() {
        assertThatThrownBy(() -> new FieldCipher(new byte[16], List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void localDevelopmentKeyIsCreatedOnceWithOwnerOnlyPermissions(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("secrets/intake-data.key");

        byte[] first = DataKeyConfiguration.localDevelopmentKey(keyFile);
        byte[] second = DataKeyConfiguration.localDevelopmentKey(keyFile);

        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i);
        }
        return key;
    }
}
