package jp.madoguchi.console.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.nimbusds.jose.jwk.RSAKey;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void localKeyIsCreatedOwnerOnlyOnceAndReused() throws Exception {
        RSAKey first = SigningKeys.signingKey("", dir);
        Path file = dir.resolve(SigningKeys.LOCAL_KEY_FILE);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SigningKeys.signingKey(null, dir).getKeyID()).isEqualTo(first.getKeyID());
        assertThat(first.isPrivate()).isTrue();
    }

    @Test
    void configuredKeyWinsAndOutsideLocalThereIsNoGeneratedFallback() {
        RSAKey local = SigningKeys.signingKey("", dir);
        assertThat(SigningKeys.signingKey(local.toJSONString(), null).getKeyID()).isEqualTo(local.getKeyID());

        assertThatThrownBy(() -> SigningKeys.signingKey("", null)).hasMessageContaining("MADOGUCHI_CONSOLE_SIGNING_KEY");
        assertThatThrownBy(() -> SigningKeys.signingKey(local.toPublicJWK().toJSONString(), null))
                .hasMessageContaining("not a private RSA JWK");
    }
}
