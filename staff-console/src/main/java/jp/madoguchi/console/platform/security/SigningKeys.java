package jp.madoguchi.console.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import jp.madoguchi.console.platform.LocalCredentials;

/**
 * Where the RS256 signing key comes from, so tokens stay valid across restarts: a private RSA JWK given in
 * configuration ({@code MADOGUCHI_CONSOLE_SIGNING_KEY}) anywhere; only in the local profile, a key file created
 * on first start with owner-only permissions. Never generated silently elsewhere.
 */
final class SigningKeys {

    static final String LOCAL_KEY_FILE = "console-signing-key.json";

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static RSAKey signingKey(String configuredJwk, Path localSecretsDir) {
        if (configuredJwk != null && !configuredJwk.isBlank()) {
            return parse(configuredJwk, "MADOGUCHI_CONSOLE_SIGNING_KEY");
        }
        if (localSecretsDir == null) {
            throw new IllegalStateException("No signing key: set MADOGUCHI_CONSOLE_SIGNING_KEY (madoguchi.console."
                    + "signing-key) to a private RSA JWK (see staff-console/README.md). Only the local profile "
                    + "creates a key file of its own.");
        }
        return localKey(localSecretsDir.resolve(LOCAL_KEY_FILE));
    }

    static RSAKey localKey(Path file) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            }
            RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            Path temp = LocalCredentials.OwnerOnlyFiles.create(file.toAbsolutePath().getParent(),
                    file.getFileName() + ".tmp");
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            log.warn("local profile: created the token signing key file {} (owner-only). Real deployments set "
                    + "MADOGUCHI_CONSOLE_SIGNING_KEY instead.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the signing key file " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    private static RSAKey parse(String json, String source) {
        try {
            JWK jwk = JWK.parse(json.trim());
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException(source + " is not a private RSA JWK");
            }
            if (rsa.getKeyID() == null) {
                throw new IllegalStateException(source + " has no \"kid\"");
            }
            return rsa;
        } catch (ParseException e) {
            throw new IllegalStateException(source + " is not a JWK", e);
        }
    }
}
