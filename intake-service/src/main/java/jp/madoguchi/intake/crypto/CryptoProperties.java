package jp.madoguchi.intake.crypto;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code madoguchi.intake.crypto.*}.
 *
 * @param dataKey base64 of the 32-byte data key (env {@code MADOGUCHI_INTAKE_DATA_KEY}); blank on a developer machine
 * @param keyFile where a developer machine keeps its generated key
 * @param retiredDataKeys older keys, still able to open what they sealed while it is re-encrypted
 * @param indexKey base64 of the (at least 32-byte) blind-index key (env {@code MADOGUCHI_INTAKE_INDEX_KEY}); blank:
 *                 derived from the data key, which then must not be rotated without re-indexing (set one of its own
 *                 in a deployment that rotates data keys)
 */
@ConfigurationProperties("madoguchi.intake.crypto")
public record CryptoProperties(
        @DefaultValue("") String dataKey,
        @DefaultValue("var/secrets/intake-data.key") Path keyFile,
        @DefaultValue List<String> retiredDataKeys,
        @DefaultValue("") String indexKey) {
}
