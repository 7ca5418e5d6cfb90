package jp.madoguchi.broker;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A user name and password, and the client settings that log in with them: SCRAM-SHA-512 for the services,
 * PLAIN for the broker's own {@code admin} (its password is in the broker's configuration, so it works before
 * any SCRAM credential exists — it is what creates them).
 */
public record KafkaLogin(String userName, String password) {

    public static final String SCRAM_MECHANISM = "SCRAM-SHA-512";
    public static final String ADMIN_USER = "admin";
    static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";
    static final String PLAIN_LOGIN_MODULE = "org.apache.kafka.common.security.plain.PlainLoginModule";

    public KafkaLogin {
        if (userName == null || userName.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("A Kafka login needs a user name and a password");
        }
    }

    public static KafkaLogin admin(String password) {
        return new KafkaLogin(ADMIN_USER, password);
    }

    /** Client settings (producer, consumer, admin) that connect to the bootstrap servers as this SCRAM user. */
    public Map<String, Object> scramClient(String bootstrapServers) {
        return client(bootstrapServers, SCRAM_MECHANISM, jaas(SCRAM_LOGIN_MODULE));
    }

    /** Client settings that connect as the broker's super user over PLAIN. */
    public Map<String, Object> plainClient(String bootstrapServers) {
        return client(bootstrapServers, "PLAIN", jaas(PLAIN_LOGIN_MODULE));
    }

    String jaas(String loginModule) {
        return loginModule + " required username=" + quoted(userName) + " password=" + quoted(password) + ";";
    }

    /** A JAAS option value: quoted, with quote and backslash escaped (the parser is a StreamTokenizer). */
    static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static Map<String, Object> client(String bootstrapServers, String mechanism, String jaas) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        settings.put(SaslConfigs.SASL_MECHANISM, mechanism);
        settings.put(SaslConfigs.SASL_JAAS_CONFIG, jaas);
        return settings;
    }
}
