package io.wirestream.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceConfigTest {

    private static final Field<Integer> THREADS = Field.integer("enrich.threads", 1, 1, 64, "stream threads");

    @Test
    void laterSourcesOverrideEarlierOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("enrich.properties");
        Files.writeString(file, "enrich.threads=2\nkafka.bootstrap.servers=file:9092\n");
        ServiceConfig config = ServiceConfig.builder("no-such-service").fields(List.of(THREADS))
                .bundledDefaults().file(file)
                .environment(Map.of("WIRESTREAM_ENRICH_THREADS", "3", "HOME", "/root"))
                .build();
        assertThat(config.get(THREADS)).isEqualTo(3);
        assertThat(config.get(CommonFields.BOOTSTRAP_SERVERS)).isEqualTo("file:9092");
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        ServiceConfig config = ServiceConfig.builder("x").fields(CommonFields.ALL).build();
        assertThat(config.get(CommonFields.TOPIC_PARTITIONS)).isEqualTo(4);
        assertThat(config.get(CommonFields.RAW_RETENTION)).isEqualTo(Duration.ofDays(365));
        assertThat(config.kafkaProperties()).containsEntry("bootstrap.servers", "localhost:9092");
    }

    @Test
    void kafkaKeysPassThroughWithoutThePrefix() {
        ServiceConfig config = ServiceConfig.builder("x")
                .set("kafka.security.protocol", "SASL_SSL")
                .environment(Map.of("WIRESTREAM_KAFKA_SASL_MECHANISM", "PLAIN"))
                .build();
        assertThat(config.kafkaProperties())
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "PLAIN");
    }

    @Test
    void aBadValueFailsAtBuildNamingTheKeyAndReason() {
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(List.of(THREADS)).set("enrich.threads", "many")
                .build()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("enrich.threads").hasMessageContaining("many")
                .hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> ServiceConfig.builder("x").fields(List.of(THREADS)).set("enrich.threads", "100")
                .build()).hasMessageContaining("between 1 and 64");
    }

    @Test
    void durationsTakeIsoOrMillis() {
        Field<Duration> retention = Field.duration("r", Duration.ZERO, "retention");
        assertThat(retention.parse("P7D")).isEqualTo(Duration.ofDays(7));
        assertThat(retention.parse("1500")).isEqualTo(Duration.ofMillis(1500));
        assertThatThrownBy(() -> retention.parse("seven days")).hasMessageContaining("ISO-8601");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ServiceConfig.builder("x").file(missing))
                .isInstanceOf(ConfigException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void secretsAreMaskedInTheDescription() {
        ServiceConfig config = ServiceConfig.builder("x").set("kafka.sasl.jaas.config", "user=a password=b").build();
        assertThat(config.describe()).containsEntry("kafka.sasl.jaas.config", "********");
    }
}
