package jp.madoguchi.console.platform.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.crypto.password.PasswordEncoder;

import jp.madoguchi.console.platform.LocalCredentials;

/**
 * A confidential client's secret, held only as a hash: from the environment (hashed in memory at start), or —
 * local profile only — generated once, its hash kept in collection {@code clientSecrets} and the secret handed
 * over through {@link LocalCredentials}. Null means "not configured": the client is then not registered.
 */
final class ClientSecrets {

    static final String COLLECTION = "clientSecrets";

    private final MongoTemplate mongo;
    private final PasswordEncoder encoder;
    private final LocalCredentials local;
    private final Clock clock;

    ClientSecrets(MongoTemplate mongo, PasswordEncoder encoder, LocalCredentials local, Clock clock) {
        this.mongo = mongo;
        this.encoder = encoder;
        this.local = local;
        this.clock = clock;
    }

    String hashFor(String clientId, String configuredSecret, String description) {
        if (configuredSecret != null && !configuredSecret.isBlank()) {
            return encoder.encode(configuredSecret);
        }
        if (local == null) {
            return null;
        }
        StoredSecret stored = mongo.findById(clientId, StoredSecret.class, COLLECTION);
        if (stored != null) {
            return stored.hash();
        }
        String secret = LocalCredentials.randomSecret(32);
        mongo.insert(new StoredSecret(clientId, encoder.encode(secret), clock.instant()), COLLECTION);
        local.addClient(clientId, secret, description);
        return mongo.findById(clientId, StoredSecret.class, COLLECTION).hash();
    }

    @Document(COLLECTION)
    record StoredSecret(@Id String clientId, String hash, Instant createdAt) {
    }
}
