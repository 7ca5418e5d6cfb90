package jp.madoguchi.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the stack listens, keeps its data and keeps the Kafka passwords it generates ({@link KafkaSecrets}). Command-line options ({@code --kafka-port=9092}) win over
 * environment variables ({@code DEVSTACK_KAFKA_PORT}), which win over the defaults the services expect.
 */
public record DevStackSettings(String host, int kafkaPort, int controllerPort, int mongoPort, Path dataDir,
        Path secretsDir) {

    public static final String HOST = "127.0.0.1";

    public DevStackSettings {
        requirePort("kafka-port", kafkaPort);
        requirePort("controller-port", controllerPort);
        requirePort("mongo-port", mongoPort);
        if (kafkaPort == controllerPort || kafkaPort == mongoPort || controllerPort == mongoPort) {
            throw new IllegalArgumentException("kafka, controller and mongo ports must differ, got "
                    + kafkaPort + ", " + controllerPort + ", " + mongoPort);
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        secretsDir = secretsDir.toAbsolutePath().normalize();
    }

    public static DevStackSettings from(String[] args, Map<String, String> env) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Unknown argument '" + arg + "'; expected --name=value, one of "
                        + "--kafka-port, --controller-port, --mongo-port, --data-dir, --secrets-dir");
            }
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        String kafkaPort = pick(options, "kafka-port", env, "DEVSTACK_KAFKA_PORT", "9092");
        String controllerPort = pick(options, "controller-port", env, "DEVSTACK_KAFKA_CONTROLLER_PORT", "9093");
        String mongoPort = pick(options, "mongo-port", env, "DEVSTACK_MONGO_PORT", "27017");
        String dataDir = pick(options, "data-dir", env, "DEVSTACK_DATA_DIR", "var/devstack");
        String secretsDir = pick(options, "secrets-dir", env, "DEVSTACK_SECRETS_DIR", "var/secrets");
        options.keySet().removeAll(java.util.List.of("kafka-port", "controller-port", "mongo-port", "data-dir",
                "secrets-dir"));
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s) " + options.keySet());
        }
        return new DevStackSettings(HOST, parsePort("kafka-port", kafkaPort),
                parsePort("controller-port", controllerPort), parsePort("mongo-port", mongoPort), Path.of(dataDir),
                Path.of(secretsDir));
    }

    public String kafkaBootstrapServers() {
        return host + ":" + kafkaPort;
    }

    public String mongoConnectionString() {
        return "mongodb://" + host + ":" + mongoPort;
    }

    public Path kafkaLogDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoFile() {
        return dataDir.resolve("mongo").resolve("madoguchi.mv");
    }

    private static String pick(Map<String, String> options, String option, Map<String, String> env, String variable,
            String fallback) {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            value = env.get(variable);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int parsePort(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
        }
    }

    private static void requirePort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, got " + port);
        }
    }
}
