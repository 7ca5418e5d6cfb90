package jp.madoguchi.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI document against its golden copy {@code src/test/resources/openapi/<name>.json}: the file
 * {@code tools/api-lint} lints and reviewers read in diffs, so any change to the API shows up as a change to a
 * file. Run the test with {@code -Dmadoguchi.golden.update=true} to (re)write the file instead of comparing.
 * <p>
 * Both sides are compared as canonical JSON (object keys sorted at every level, two-space indentation, a final
 * newline): springdoc's key order follows bean and reflection order, which is not stable between runs. Array
 * order is kept, as it can carry meaning.
 */
public final class ApiDocsGolden {

    public static final String UPDATE_PROPERTY = "madoguchi.golden.update";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApiDocsGolden() {
    }

    /** Fetches {@code /v3/api-docs} of the service listening on {@code port} and compares it with the golden file. */
    public static void assertMatchesGolden(int port, String name) {
        assertMatchesGolden(fetch(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")), name);
    }

    /** Compares a document already fetched (e.g. through MockMvc) with the golden file {@code name}. */
    public static void assertMatchesGolden(String document, String name) {
        Path golden = Path.of("src", "test", "resources", "openapi", name + ".json");
        String actual = canonical(document);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(golden).as("golden OpenAPI document %s; create it with -D%s=true", golden.toAbsolutePath(),
                    UPDATE_PROPERTY).exists();
            assertThat(actual).as("%s differs from the served document; if the change is intended, rerun with -D%s=true "
                    + "and review the diff", golden, UPDATE_PROPERTY)
                    .isEqualTo(canonical(Files.readString(golden, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document with every object's keys sorted, indented, with a final newline. */
    static String canonical(String json) {
        String written = JSON.writeValueAsString(sorted(JSON.readValue(json, Object.class)));
        return written.replace("\r\n", "\n") + "\n";
    }

    private static Object sorted(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((key, value) -> sorted.put(String.valueOf(key), sorted(value)));
            return sorted;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ApiDocsGolden::sorted).toList();
        }
        return node;
    }

    private static String fetch(URI uri) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as("GET %s", uri).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
