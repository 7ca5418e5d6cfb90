package jp.madoguchi.console.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local profile's one-time hand-over of generated credentials (demo sign-ins, client secrets): they are
 * collected while the console starts and written once, owner-only, to {@code <secrets-dir>/demo-users.txt}.
 * Only hashes are stored anywhere else, and nothing secret is logged — the launcher shows the file instead.
 */
public class LocalCredentials {

    public static final String FILE_NAME = "demo-users.txt";

    private static final Logger log = LoggerFactory.getLogger(LocalCredentials.class);
    private static final char[] ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path secretsDir;
    private final String issuer;
    private final Clock clock;
    private final List<String> users = new ArrayList<>();
    private final List<String> clients = new ArrayList<>();

    public LocalCredentials(Path secretsDir, String issuer, Clock clock) {
        this.secretsDir = secretsDir;
        this.issuer = issuer;
        this.clock = clock;
    }

    public static String randomSecret(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }

    public Path secretsDir() {
        return secretsDir;
    }

    public synchronized void addUser(String username, String password, String description) {
        users.add(String.format("%-22s %-20s %s", username, password, description));
    }

    public synchronized void addClient(String clientId, String secret, String description) {
        clients.add(String.format("%-22s %-34s %s", clientId, secret, description));
    }

    /** Writes the file if anything was generated during this start; returns whether it did. */
    public synchronized boolean writeIfAnyGenerated() {
        if (users.isEmpty() && clients.isEmpty()) {
            return false;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# madoguchi staff-console: credentials generated on " + clock.instant() + " (local profile).");
        lines.add("# Written once; only password hashes are stored. Keep this file private (owner-only).");
        if (!users.isEmpty()) {
            lines.add("# Sign in at " + issuer + "/login");
            lines.add(String.format("# %-20s %-20s %s", "user", "password", "roles"));
            lines.addAll(users);
        }
        if (!clients.isEmpty()) {
            lines.add("# OAuth2 clients (token endpoint " + issuer + "/oauth2/token)");
            lines.addAll(clients);
        }
        Path file = secretsDir.resolve(FILE_NAME);
        try {
            Path temp = OwnerOnlyFiles.create(secretsDir, FILE_NAME + ".tmp");
            Files.write(temp, lines, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        log.info("Generated local credentials written to {} (shown by ./madoguchi up; not logged)",
                file.toAbsolutePath());
        users.clear();
        clients.clear();
        return true;
    }

    /** Owner-only files where the file system knows permissions. */
    public static final class OwnerOnlyFiles {

        private OwnerOnlyFiles() {
        }

        public static Path create(Path dir, String name) throws IOException {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            Files.deleteIfExists(file);
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                return Files.createFile(file, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rw-------")));
            }
            return Files.createFile(file);
        }
    }
}
