package jp.madoguchi.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden JSON sample of each event version, shipped in this module's test-jar so every
 * consumer's tests read back exactly what producers of that version wrote.
 */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static String json(EventType type) {
        String path = "/golden/" + type.typeName() + ".json";
        try (InputStream in = GoldenSamples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No golden sample at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
