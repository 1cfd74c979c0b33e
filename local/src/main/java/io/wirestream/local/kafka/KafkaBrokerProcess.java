package io.wirestream.local.kafka;

import io.wirestream.local.process.ManagedProcess;
import io.wirestream.local.process.PidFile;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.Readiness;
import io.wirestream.local.process.SupervisedChild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (combined broker and controller) running in its own JVM from the
 * jars in {@link KafkaBrokerConfig#brokerLib()}: the Scala broker never shares a classpath with our code.
 *
 * <p>{@link #start()} checks both ports, formats the storage once (a data dir formatted before is reused with
 * its cluster id and topics), starts {@code kafka.Kafka} and returns when an Admin client can describe the cluster.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    static final String STORAGE_TOOL = "kafka.tools.StorageTool";
    static final String BROKER_MAIN = "kafka.Kafka";

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBrokerProcess.class);

    private final KafkaBrokerConfig config;
    private final SupervisedChild child;

    public KafkaBrokerProcess(KafkaBrokerConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.child = new SupervisedChild("kafka-broker", PidFile.in(config.dataDir(), "broker"), config.stopGrace(),
                config.host(), config.brokerPort(), config.controllerPort());
    }

    /** Starts and waits until ready; throws {@code PortInUseException} or {@code StartupFailedException}. */
    public synchronized KafkaBrokerProcess start() {
        preflight();
        writeConfigFiles();
        formatStorage();
        child.start(command(BROKER_MAIN, List.of(config.serverProperties().toAbsolutePath().toString())),
                config.dataDir(), config.logFile());
        try {
            awaitReady();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    private void requireBrokerLib() {
        Path lib = config.brokerLib();
        try (var jars = Files.list(lib)) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"))) {
                throw new IllegalStateException("no kafka_2.13 jar in " + lib + ": rebuild with `mvn -f local/pom.xml package -DskipTests`");
            }
        } catch (IOException e) {
            throw new IllegalStateException("broker classpath folder " + lib + " is missing: build with `mvn -f local/pom.xml package -DskipTests`", e);
        }
    }

    private void writeConfigFiles() {
        try {
            Files.createDirectories(config.kraftLogDir());
            Files.writeString(config.serverProperties(), serverProperties());
            Files.writeString(config.log4jConfig(), BrokerProperties.render(BrokerProperties.log4j()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write broker config into " + config.dataDir(), e);
        }
    }

    private String serverProperties() {
        return BrokerProperties.render(BrokerProperties.server(config));
    }

    /**
     * Formats the KRaft log dir with a new cluster id, unless an earlier run already did: that dir keeps its
     * own cluster id (formatting again with a new id is refused, even with --ignore-formatted) and its topics.
     * With a format cache, an earlier format of the same setup is copied instead ({@link FormattedStorage}).
     */
    private void formatStorage() {
        FormattedStorage.prepare(config, serverProperties(), () -> {
            List<String> args = List.of("format", "-t", Uuid.randomUuid().toString(), "-c",
                    config.serverProperties().toAbsolutePath().toString());
            ManagedProcess.runToCompletion("kafka-storage-format", command(STORAGE_TOOL, args), config.dataDir(),
                    config.formatLogFile(), Duration.ofSeconds(60));
        });
    }

    /**
     * Everything that can be checked before launching, called by {@link #start()}: the java executable, the
     * broker classpath, a broker left running on this data dir by a killed launcher (stopped), then the ports
     * ({@code PortInUseException}). {@link io.wirestream.local.LocalStack} calls it for both processes first.
     */
    public synchronized void preflight() {
        if (child.isRunning()) {
            throw new IllegalStateException("broker already running (pid " + child.pid() + ")");
        }
        config.java().requireExists();
        requireBrokerLib();
        child.stopLeftover()
                .ifPresent(pid -> LOG.warn("stopped Kafka broker pid {} left running on {} by an earlier run", pid, config.dataDir()));
        Ports.requireFree(config.host(), config.brokerPort(), "Kafka broker listener", config.howToChangePort());
        Ports.requireFree(config.host(), config.controllerPort(), "Kafka KRaft controller listener", config.howToChangePort());
    }

    List<String> command(String mainClass, List<String> args) {
        List<String> cmd = config.java().supervisedJvm(config.heap(), List.of(), config.dataDir(), List.of(config.brokerLib()));
        cmd.add("-Dlog4j2.configurationFile=" + config.log4jConfig().toAbsolutePath());
        cmd.add("-Dkafka.logs.dir=" + config.dataDir().toAbsolutePath());
        cmd.add("-cp");
        // the JVM expands "dir/*" itself, so no shell is involved
        cmd.add(config.brokerLib().toAbsolutePath() + java.io.File.separator + "*");
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    private void awaitReady() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "wirestream-local-readiness");
        try (Admin admin = Admin.create(props)) {
            Readiness.await("Kafka broker at " + config.bootstrapServers(), child.process(), () -> clusterHasBroker(admin),
                    config.startTimeout());
        }
    }

    private static boolean clusterHasBroker(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception notYet) {
            return false;
        }
    }

    /** Stops the broker (graceful, then forceful) and waits until both ports are free again. Idempotent. */
    public void stop() {
        child.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return child.isRunning();
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public KafkaBrokerConfig config() {
        return config;
    }

    /** Process id of the broker JVM; throws if never started. */
    public long pid() {
        return child.pid();
    }

    public Path logFile() {
        return config.logFile();
    }
}
