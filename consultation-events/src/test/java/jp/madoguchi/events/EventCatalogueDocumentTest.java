package jp.madoguchi.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/events.md is the catalogue people read; it must name every type and topic the code knows. */
class EventCatalogueDocumentTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "events.md");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeIsListedWithItsRecordAndTopic(EventType type) throws IOException {
        String row = catalogue().lines()
                .filter(line -> line.startsWith("| `" + type.typeName() + "`"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.typeName() + " is missing from " + CATALOGUE));
        assertThat(row).contains("`" + type.recordType().getSimpleName() + "`", "`" + type.topic().topicName() + "`");
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void everyTopicIsListedWithItsPartitionCount(Topic topic) throws IOException {
        assertThat(catalogue()).contains("| `" + topic.topicName() + "` | " + topic.partitions() + " |");
    }

    private static String catalogue() throws IOException {
        return Files.readString(CATALOGUE, StandardCharsets.UTF_8);
    }
}
