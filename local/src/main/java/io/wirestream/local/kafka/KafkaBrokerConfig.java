package io.wirestream.local.kafka;

import io.wirestream.local.dist.Distribution;
import io.wirestream.local.process.Heap;
import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the local single-node KRaft broker. Immutable; the {@code with*} methods return a changed copy.
 *
 * @param host           interface both listeners bind to and the broker advertises (loopback by default: the
 *                       local runtime is not meant to be reachable from other machines)
 * @param brokerPort     client listener (bootstrap servers)
 * @param controllerPort KRaft controller listener
 * @param dataDir        holds the generated config, the broker's log file and its KRaft log directory
 * @param brokerLib      folder of jars the broker JVM runs from
 * @param howToChangePort told to the user when a port is taken, e.g. "--broker-port"
 * @param formatCache    where formatted KRaft log dirs are kept for reuse ({@link FormattedStorage}); null formats
 *                       afresh each time
 */
public record KafkaBrokerConfig(
        String host,
        int brokerPort,
        int controllerPort,
        Path dataDir,
        Path brokerLib,
        JavaExecutable java,
        Heap heap,
        Duration startTimeout,
        Duration stopGrace,
        String howToChangePort,
        Path formatCache) {

    public static final int DEFAULT_BROKER_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final Heap DEFAULT_HEAP = Heap.of("512m");

    public KafkaBrokerConfig {
        Objects.requireNonNull(host, "host");
        Ports.requireValid(brokerPort, "broker port");
        Ports.requireValid(controllerPort, "controller port");
        if (brokerPort == controllerPort) {
            throw new IllegalArgumentException("broker and controller ports must differ, both were " + brokerPort);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(brokerLib, "brokerLib");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(heap, "heap");
        requirePositive(startTimeout, "startTimeout");
        requirePositive(stopGrace, "stopGrace");
        Objects.requireNonNull(howToChangePort, "howToChangePort");
    }

    /** Loopback, ports 9092/9093, 512 MB heap, the located {@link Distribution}, the current JVM. */
    public static KafkaBrokerConfig defaults(Path dataDir) {
        return new KafkaBrokerConfig("127.0.0.1", DEFAULT_BROKER_PORT, DEFAULT_CONTROLLER_PORT, dataDir,
                Distribution.locate().brokerLib(), JavaExecutable.current(), DEFAULT_HEAP,
                Duration.ofSeconds(90), Duration.ofSeconds(30),
                "pass other ports to KafkaBrokerConfig.withPorts(broker, controller)", null);
    }

    public KafkaBrokerConfig withPorts(int broker, int controller) {
        return new KafkaBrokerConfig(host, broker, controller, dataDir, brokerLib, java, heap, startTimeout, stopGrace, howToChangePort, formatCache);
    }

    public KafkaBrokerConfig withHeap(Heap newHeap) {
        return new KafkaBrokerConfig(host, brokerPort, controllerPort, dataDir, brokerLib, java, newHeap, startTimeout, stopGrace, howToChangePort, formatCache);
    }

    public KafkaBrokerConfig withBrokerLib(Path dir) {
        return new KafkaBrokerConfig(host, brokerPort, controllerPort, dataDir, dir, java, heap, startTimeout, stopGrace, howToChangePort, formatCache);
    }

    public KafkaBrokerConfig withJava(JavaExecutable executable) {
        return new KafkaBrokerConfig(host, brokerPort, controllerPort, dataDir, brokerLib, executable, heap, startTimeout, stopGrace, howToChangePort, formatCache);
    }

    public KafkaBrokerConfig withStartTimeout(Duration timeout) {
        return new KafkaBrokerConfig(host, brokerPort, controllerPort, dataDir, brokerLib, java, heap, timeout, stopGrace, howToChangePort, formatCache);
    }

    /** The hint shown when a port is busy; the launcher sets its own option names here. */
    public KafkaBrokerConfig withHowToChangePort(String hint) {
        return new KafkaBrokerConfig(host, brokerPort, controllerPort, dataDir, brokerLib, java, heap, startTimeout, stopGrace, hint, formatCache);
    }

    /** Keeps formatted log dirs in {@code folder} and copies one instead of running the storage tool again. */
    public KafkaBrokerConfig withFormatCache(Path folder) {
        return new KafkaBrokerConfig(host, brokerPort, controllerPort, dataDir, brokerLib, java, heap, startTimeout, stopGrace, howToChangePort, folder);
    }

    public String bootstrapServers() {
        return host + ":" + brokerPort;
    }

    public Path serverProperties() {
        return dataDir.resolve("server.properties");
    }

    public Path log4jConfig() {
        return dataDir.resolve("log4j2.properties");
    }

    public Path kraftLogDir() {
        return dataDir.resolve("kraft-data");
    }

    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    public Path formatLogFile() {
        return dataDir.resolve("storage-format.log");
    }

    static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
