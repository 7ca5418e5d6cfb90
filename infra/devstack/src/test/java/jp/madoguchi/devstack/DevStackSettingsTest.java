package jp.madoguchi.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DevStackSettingsTest {

    @Test
    void defaultsAreWhatTheServicesExpect() {
        DevStackSettings settings = DevStackSettings.from(new String[0], Map.of());

        assertThat(settings.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(settings.controllerPort()).isEqualTo(9093);
        assertThat(settings.mongoConnectionString()).isEqualTo("mongodb://127.0.0.1:27017");
        assertThat(settings.mongoFile()).isEqualTo(Path.of("var/devstack/mongo/madoguchi.mv").toAbsolutePath());
        assertThat(settings.kafkaLogDir()).isEqualTo(Path.of("var/devstack/kafka").toAbsolutePath());
        assertThat(settings.secretsDir()).isEqualTo(Path.of("var/secrets").toAbsolutePath());
    }

    @Test
    void argumentsWinOverEnvironment() {
        DevStackSettings settings = DevStackSettings.from(new String[] {"--kafka-port=19092", "--data-dir=/tmp/ds",
            "--secrets-dir=/tmp/secrets"},
                Map.of("DEVSTACK_KAFKA_PORT", "29092", "DEVSTACK_MONGO_PORT", "27018",
                        "DEVSTACK_DATA_DIR", "/elsewhere"));

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.mongoPort()).isEqualTo(27018);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/ds"));
        assertThat(settings.secretsDir()).isEqualTo(Path.of("/tmp/secrets"));
    }

    @Test
    void rejectsUnknownOptionsAndClashingPorts() {
        assertThatThrownBy(() -> DevStackSettings.from(new String[] {"--kafka=1"}, Map.of()))
                .hasMessageContaining("Unknown option");
        assertThatThrownBy(() -> DevStackSettings.from(new String[] {"--mongo-port=9092"}, Map.of()))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> DevStackSettings.from(new String[] {"--mongo-port=abc"}, Map.of()))
                .hasMessageContaining("must be a number");
    }
}
