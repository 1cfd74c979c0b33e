package io.wirestream.local.registry;

import io.wirestream.local.dist.Distribution;
import io.wirestream.local.process.Heap;
import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.Ports;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the local Apicurio Registry process. Immutable; {@code with*} methods return a changed copy.
 *
 * @param httpPort       the REST API, including the Confluent-compatible one at {@code /apis/ccompat/v7}
 * @param managementPort Quarkus's management interface (health, metrics); Apicurio builds it in, so it
 *                       always listens and needs a port of its own
 * @param apicurioHome   folder holding {@code quarkus-run.jar}
 * @param dataDir        holds the registry's log file (storage itself is in memory)
 * @param compatibility  global compatibility rule; Apicurio's default is none, Confluent's is BACKWARD
 */
public record RegistryConfig(
        String host,
        int httpPort,
        int managementPort,
        Path dataDir,
        Path apicurioHome,
        JavaExecutable java,
        Heap heap,
        Compatibility compatibility,
        Duration startTimeout,
        Duration stopGrace,
        String howToChangePort) {

    public static final int DEFAULT_HTTP_PORT = 8081;
    public static final int DEFAULT_MANAGEMENT_PORT = 9081;
    public static final Heap DEFAULT_HEAP = Heap.of("384m");
    /** Apicurio 3 is a Quarkus 3 application compiled for Java 21. */
    public static final int MIN_JAVA = 21;

    public RegistryConfig {
        Objects.requireNonNull(host, "host");
        Ports.requireValid(httpPort, "registry HTTP port");
        Ports.requireValid(managementPort, "registry management port");
        if (httpPort == managementPort) {
            throw new IllegalArgumentException("registry HTTP and management ports must differ, both were " + httpPort);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(apicurioHome, "apicurioHome");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(heap, "heap");
        Objects.requireNonNull(compatibility, "compatibility");
        requirePositive(startTimeout, "startTimeout");
        requirePositive(stopGrace, "stopGrace");
        Objects.requireNonNull(howToChangePort, "howToChangePort");
    }

    /** Loopback, ports 8081/9081, 384 MB heap, BACKWARD, the located {@link Distribution}, the current JVM. */
    public static RegistryConfig defaults(Path dataDir) {
        return new RegistryConfig("127.0.0.1", DEFAULT_HTTP_PORT, DEFAULT_MANAGEMENT_PORT, dataDir,
                Distribution.locate().apicurioHome(), JavaExecutable.current(), DEFAULT_HEAP, Compatibility.BACKWARD,
                Duration.ofSeconds(120), Duration.ofSeconds(20),
                "pass other ports to RegistryConfig.withPorts(http, management)");
    }

    public RegistryConfig withPorts(int http, int management) {
        return new RegistryConfig(host, http, management, dataDir, apicurioHome, java, heap, compatibility, startTimeout, stopGrace, howToChangePort);
    }

    public RegistryConfig withHeap(Heap newHeap) {
        return new RegistryConfig(host, httpPort, managementPort, dataDir, apicurioHome, java, newHeap, compatibility, startTimeout, stopGrace, howToChangePort);
    }

    public RegistryConfig withCompatibility(Compatibility level) {
        return new RegistryConfig(host, httpPort, managementPort, dataDir, apicurioHome, java, heap, level, startTimeout, stopGrace, howToChangePort);
    }

    public RegistryConfig withApicurioHome(Path dir) {
        return new RegistryConfig(host, httpPort, managementPort, dataDir, dir, java, heap, compatibility, startTimeout, stopGrace, howToChangePort);
    }

    public RegistryConfig withJava(JavaExecutable executable) {
        return new RegistryConfig(host, httpPort, managementPort, dataDir, apicurioHome, executable, heap, compatibility, startTimeout, stopGrace, howToChangePort);
    }

    public RegistryConfig withStartTimeout(Duration timeout) {
        return new RegistryConfig(host, httpPort, managementPort, dataDir, apicurioHome, java, heap, compatibility, timeout, stopGrace, howToChangePort);
    }

    /** The hint shown when a port is busy; the launcher sets its own option names here. */
    public RegistryConfig withHowToChangePort(String hint) {
        return new RegistryConfig(host, httpPort, managementPort, dataDir, apicurioHome, java, heap, compatibility, startTimeout, stopGrace, hint);
    }

    /** Base URL of the Confluent-compatible API, what a Confluent serde's {@code schema.registry.url} takes. */
    public String ccompatUrl() {
        return "http://" + host + ":" + httpPort + "/apis/ccompat/v7";
    }

    public Path logFile() {
        return dataDir.resolve("registry.log");
    }

    public Path runJar() {
        return apicurioHome.resolve("quarkus-run.jar");
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
