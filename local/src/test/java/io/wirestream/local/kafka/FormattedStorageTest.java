package io.wirestream.local.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache logic with a stand-in for the storage tool; the real tool and broker are in KafkaBrokerProcessTest. */
class FormattedStorageTest {

    @TempDir
    Path dir;

    private Path lib;
    private final AtomicInteger formats = new AtomicInteger();

    @BeforeEach
    void brokerLib() throws IOException {
        lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("kafka_2.13-4.3.1.jar"), "");
    }

    private KafkaBrokerConfig config(String name, int brokerPort, Path cache) {
        return KafkaBrokerConfig.defaults(dir.resolve(name)).withBrokerLib(lib).withPorts(brokerPort, brokerPort + 1)
                .withFormatCache(cache);
    }

    /** Stands in for kafka-storage format: a cluster id that differs per call, in the two files the tool writes. */
    private Runnable format(KafkaBrokerConfig config) {
        return () -> {
            try {
                Files.createDirectories(config.kraftLogDir());
                Files.writeString(config.kraftLogDir().resolve("meta.properties"), "cluster.id=" + formats.incrementAndGet());
                Files.writeString(config.kraftLogDir().resolve("bootstrap.checkpoint"), "metadata");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static String props(KafkaBrokerConfig config) {
        return BrokerProperties.render(BrokerProperties.server(config));
    }

    private static void prepare(KafkaBrokerConfig config, Runnable format) {
        FormattedStorage.prepare(config, props(config), format);
    }

    @Test
    void theFirstStartFormatsAndTheNextCopiesThatFormat() throws IOException {
        Path cache = dir.resolve("cache");
        KafkaBrokerConfig first = config("first", 30000, cache);
        KafkaBrokerConfig second = config("second", 30000, cache);

        prepare(first, format(first));
        prepare(second, format(second));

        assertThat(formats).hasValue(1);
        assertThat(second.kraftLogDir().resolve("meta.properties")).hasContent("cluster.id=1");
        assertThat(second.kraftLogDir().resolve("bootstrap.checkpoint")).hasContent("metadata");
        try (var left = Files.list(cache)) {
            assertThat(left).as("only the kept format, no temporary copy").hasSize(1);
        }
    }

    @Test
    void otherPortsOrAnotherKafkaFormatAfresh() throws IOException {
        Path cache = dir.resolve("cache");
        KafkaBrokerConfig a = config("a", 30000, cache);
        KafkaBrokerConfig b = config("b", 31000, cache);
        prepare(a, format(a));
        prepare(b, format(b));
        assertThat(formats).hasValue(2);

        Files.move(lib.resolve("kafka_2.13-4.3.1.jar"), lib.resolve("kafka_2.13-4.4.0.jar"));
        KafkaBrokerConfig c = config("c", 30000, cache);
        prepare(c, format(c));
        assertThat(formats).hasValue(3);
    }

    @Test
    void aDataDirFormattedBeforeIsLeftAlone() {
        KafkaBrokerConfig config = config("kept", 30000, dir.resolve("cache"));
        prepare(config, format(config));
        prepare(config, () -> {
            throw new AssertionError("formatted twice");
        });
        assertThat(config.kraftLogDir().resolve("meta.properties")).hasContent("cluster.id=1");
    }

    @Test
    void withoutACacheEveryStartFormats() {
        KafkaBrokerConfig a = config("a", 30000, null);
        KafkaBrokerConfig b = config("b", 30000, null);
        prepare(a, format(a));
        prepare(b, format(b));
        assertThat(formats).hasValue(2);
    }

    @Test
    void theKeyLeavesOutWhereTheLogDirIs() {
        KafkaBrokerConfig a = config("a", 30000, null);
        KafkaBrokerConfig b = config("elsewhere", 30000, null);
        assertThat(FormattedStorage.key(a, props(a))).isEqualTo(FormattedStorage.key(b, props(b)));
    }
}
