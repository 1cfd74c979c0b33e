package io.wirestream.local;

import io.wirestream.local.kafka.KafkaBrokerConfig;
import io.wirestream.local.kafka.KafkaBrokerProcess;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.StopTogether;
import io.wirestream.local.registry.ApicurioRegistryProcess;
import io.wirestream.local.registry.RegistryConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local infrastructure in one call: a KRaft broker and an Apicurio Registry, each its own process. The
 * two start and stop in parallel (neither needs the other); if one fails to start, the
 * other is stopped before the error is thrown, so a failed start leaves nothing running.
 */
public final class LocalStack implements AutoCloseable {

    private final KafkaBrokerProcess broker;
    private final ApicurioRegistryProcess registry;

    private LocalStack(KafkaBrokerProcess broker, ApicurioRegistryProcess registry) {
        this.broker = broker;
        this.registry = registry;
    }

    /** Default ports (9092/9093 broker, 8081/9081 registry) with data under {@code dataDir/broker} and {@code dataDir/registry}. */
    public static LocalStack start(Path dataDir) {
        return start(KafkaBrokerConfig.defaults(dataDir.resolve("broker")), RegistryConfig.defaults(dataDir.resolve("registry")));
    }

    public static LocalStack start(KafkaBrokerConfig brokerConfig, RegistryConfig registryConfig) {
        Objects.requireNonNull(brokerConfig, "brokerConfig");
        Objects.requireNonNull(registryConfig, "registryConfig");
        requireNoSharedPort(brokerConfig, registryConfig);
        KafkaBrokerProcess broker = new KafkaBrokerProcess(brokerConfig);
        ApicurioRegistryProcess registry = new ApicurioRegistryProcess(registryConfig);
        // all checks (and all four ports) before either process starts, so a taken port costs no broker boot
        broker.preflight();
        registry.preflight();
        // one thread each: the common pool may have a single worker on a 2-core machine
        ExecutorService starters = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "local-stack-start");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<?> brokerStart;
        CompletableFuture<?> registryStart;
        try {
            brokerStart = CompletableFuture.runAsync(broker::start, starters);
            registryStart = CompletableFuture.runAsync(registry::start, starters);
        } finally {
            starters.shutdown();
        }
        RuntimeException failure = null;
        for (CompletableFuture<?> f : new CompletableFuture<?>[] {brokerStart, registryStart}) {
            try {
                f.join();
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            registry.stop();
            broker.stop();
            throw failure;
        }
        return new LocalStack(broker, registry);
    }

    private static void requireNoSharedPort(KafkaBrokerConfig b, RegistryConfig r) {
        int[] ports = {b.brokerPort(), b.controllerPort(), r.httpPort(), r.managementPort()};
        for (int i = 0; i < ports.length; i++) {
            for (int j = i + 1; j < ports.length; j++) {
                if (ports[i] == ports[j]) {
                    throw new IllegalArgumentException("port " + ports[i] + " is configured twice (broker "
                            + b.brokerPort() + "/" + b.controllerPort() + ", registry " + r.httpPort() + "/" + r.managementPort() + ")");
                }
            }
        }
    }

    /** Picks four free loopback ports: for tests that must not collide with a developer's running stack. */
    public static LocalStack startOnFreePorts(Path dataDir) {
        int[] p = Ports.pickFree("127.0.0.1", 4);
        KafkaBrokerConfig b = KafkaBrokerConfig.defaults(dataDir.resolve("broker")).withPorts(p[0], p[1]);
        RegistryConfig r = RegistryConfig.defaults(dataDir.resolve("registry")).withPorts(p[2], p[3]);
        return start(b, r);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Base URL of the Confluent-compatible registry API ({@code .../apis/ccompat/v7}). */
    public String registryUrl() {
        return registry.registryUrl();
    }

    public KafkaBrokerProcess broker() {
        return broker;
    }

    public ApicurioRegistryProcess registry() {
        return registry;
    }

    /**
     * Stops the registry and the broker together (the registry keeps its schemas in its own database, not in
     * Kafka); returns when both have exited and their ports are free.
     */
    @Override
    public void close() {
        StopTogether.run(List.of(registry::stop, broker::stop));
    }
}
