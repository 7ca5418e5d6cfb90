package jp.madoguchi.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;

import jp.madoguchi.broker.BenchAccount;
import jp.madoguchi.broker.KafkaLogin;
import jp.madoguchi.broker.ServiceAccount;

/**
 * The Kafka passwords of this developer's platform: generated on the first start into owner-only files
 * ({@code kafka-admin.secret}, {@code kafka-<service>.secret}, {@code kafka-bench.secret}) and read on every
 * later one, so the services that {@code ./madoguchi up} starts (and the benchmark harness) find theirs and nobody
 * else on the machine can read them. Nothing in the repository is a password.
 */
final class KafkaSecrets {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    private KafkaSecrets(Path dir) {
        this.dir = dir;
    }

    static KafkaSecrets in(Path dir) {
        return new KafkaSecrets(dir);
    }

    String adminPassword() {
        return readOrCreate("kafka-" + KafkaLogin.ADMIN_USER + ".secret");
    }

    Map<ServiceAccount, String> servicePasswords() {
        Map<ServiceAccount, String> passwords = new EnumMap<>(ServiceAccount.class);
        for (ServiceAccount account : ServiceAccount.values()) {
            passwords.put(account, readOrCreate("kafka-" + account.userName() + ".secret"));
        }
        return passwords;
    }

    /** The benchmark harness's ({@code kafka-bench.secret}): {@code bench/run} reads it from there. */
    String benchPassword() {
        return readOrCreate("kafka-" + BenchAccount.USER_NAME + ".secret");
    }

    private String readOrCreate(String name) {
        Path file = dir.resolve(name);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String password = Files.readString(file, StandardCharsets.UTF_8).trim();
            if (password.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it and start again to get a new password");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create " + file, e);
        }
    }

    private void create(Path file) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        try {
            Files.writeString(Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))),
                    password, StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException raced) {
            // Another start created it first; its password is the one to use.
        }
    }
}
