package jp.madoguchi.intake.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the data key comes from: {@code madoguchi.intake.crypto.data-key} (env {@code MADOGUCHI_INTAKE_DATA_KEY},
 * base64 of 32 bytes) in any real deployment; otherwise a local key file, created on first start with owner-only
 * permissions, so a developer machine works without setup and says loudly that it does.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoProperties.class)
class DataKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataKeyConfiguration.class);

    @Bean
    FieldCipher fieldCipher(CryptoProperties properties) {
        byte[] current = currentDataKey(properties);
        FieldCipher cipher = new FieldCipher(current,
                properties.retiredDataKeys().stream().filter(k -> !k.isBlank()).map(DataKeyConfiguration::decode).toList());
        log.info("Personal data is encrypted with data key {}", cipher.currentKeyId());
        return cipher;
    }

    @Bean
    BlindIndex blindIndex(CryptoProperties properties) {
        if (properties.indexKey().isBlank() && properties.retiredDataKeys().stream().anyMatch(k -> !k.isBlank())) {
            log.warn("The blind-index key is derived from the current data key, which was rotated: requester ids "
                    + "and open-request slots of earlier requests no longer match new ones. Set "
                    + "MADOGUCHI_INTAKE_INDEX_KEY to a key of its own (intake-service README, Erasure, retention "
                    + "and keys).");
        }
        return properties.indexKey().isBlank() ? BlindIndex.derivedFrom(currentDataKey(properties))
                : new BlindIndex(decode(properties.indexKey()));
    }

    private static byte[] currentDataKey(CryptoProperties properties) {
        return properties.dataKey().isBlank() ? localDevelopmentKey(properties.keyFile()) : decode(properties.dataKey());
    }

    static byte[] localDevelopmentKey(Path keyFile) {
        log.warn("No data key configured (MADOGUCHI_INTAKE_DATA_KEY): using the local development key file {}. "
                + "Never run a real deployment like this.", keyFile.toAbsolutePath());
        try {
            if (!Files.exists(keyFile)) {
                createKeyFile(keyFile);
            }
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the local data key " + keyFile, e);
        }
    }

    private static void createKeyFile(Path keyFile) throws IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Path parent = keyFile.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        boolean posix = parent.getFileSystem().supportedFileAttributeViews().contains("posix");
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
        try {
            if (posix) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(ownerOnly));
            } else {
                Files.createFile(keyFile);
            }
        } catch (FileAlreadyExistsException raced) {
            return; // another instance created it first; use theirs
        }
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The data key is not base64", e);
        }
    }
}
