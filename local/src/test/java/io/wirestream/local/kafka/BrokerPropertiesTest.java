package io.wirestream.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.local.process.JavaExecutable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    static KafkaBrokerConfig config(int broker, int controller) {
        return new KafkaBrokerConfig("127.0.0.1", broker, controller, Path.of("/data/broker"), Path.of("/lib"),
                JavaExecutable.current(), KafkaBrokerConfig.DEFAULT_HEAP, Duration.ofSeconds(60), Duration.ofSeconds(10), "hint", null);
    }

    @Test
    void oneNodeKraftWithBothListenersOnTheConfiguredPorts() {
        Map<String, String> p = BrokerProperties.server(config(19092, 19093));

        assertThat(p).containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("log.dirs", Path.of("/data/broker/kraft-data").toAbsolutePath().toString());
    }

    @Test
    void internalTopicsFitOneNode() {
        Map<String, String> p = BrokerProperties.server(config(19092, 19093));

        assertThat(p).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void renderEscapesBackslashesSoWindowsPathsSurvive() {
        assertThat(BrokerProperties.render(Map.of("log.dirs", "C:\\kafka\\data")))
                .contains("log.dirs=C:\\\\kafka\\\\data\n");
    }

    @Test
    void configRejectsSharedOrInvalidPortsAndNonPositiveTimeouts() {
        assertThatThrownBy(() -> config(9092, 9092)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
        assertThatThrownBy(() -> config(0, 9093)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broker port");
        assertThatThrownBy(() -> config(9092, 70_000)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("controller port");
        assertThatThrownBy(() -> config(9092, 9093).withStartTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startTimeout");
    }

    @Test
    void bootstrapServersAndFilesFollowTheConfig() {
        KafkaBrokerConfig c = config(19092, 19093);

        assertThat(c.bootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(c.logFile()).isEqualTo(Path.of("/data/broker/broker.log"));
    }
}
