package io.wirestream.local.registry;

import io.wirestream.local.process.JavaExecutable;
import io.wirestream.local.process.ManagedProcess;
import io.wirestream.local.process.PidFile;
import io.wirestream.local.process.Ports;
import io.wirestream.local.process.Readiness;
import io.wirestream.local.process.SupervisedChild;
import io.wirestream.local.process.StartupFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Apicurio Registry 3 process (the Quarkus "fast-jar" unpacked from Maven Central) with in-memory storage,
 * serving the Confluent-compatible API at {@link #registryUrl()}.
 *
 * <p>{@link #start()} checks the ports, launches {@code quarkus-run.jar} on the configured JVM (21+), waits
 * until {@code GET /subjects} answers 200 and makes sure the global compatibility is the configured one.
 * Usable from any module's tests: with {@code int[] p = Ports.pickFree("127.0.0.1", 2)},
 * {@code new ApicurioRegistryProcess(RegistryConfig.defaults(dir).withPorts(p[0], p[1])).start()}.
 */
public final class ApicurioRegistryProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApicurioRegistryProcess.class);

    private final RegistryConfig config;
    private final SupervisedChild child;

    public ApicurioRegistryProcess(RegistryConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.child = new SupervisedChild("apicurio-registry", PidFile.in(config.dataDir(), "registry"),
                config.stopGrace(), config.host(), config.httpPort(), config.managementPort());
    }

    /** Starts and waits until ready; throws {@code PortInUseException} or {@code StartupFailedException}. */
    public synchronized ApicurioRegistryProcess start() {
        preflight();
        ManagedProcess process = child.start(command(), config.dataDir(), config.logFile());
        try {
            CcompatAdmin admin = new CcompatAdmin(config.ccompatUrl());
            Readiness.await("Apicurio Registry at " + config.ccompatUrl(), process, admin::answers, config.startTimeout());
            ensureCompatibility(admin);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        return this;
    }

    /**
     * Everything that can be checked before launching, called by {@link #start()}: a Java 21+ executable, the
     * unpacked distribution, a registry left running on this data dir by a killed launcher (stopped), then the
     * ports ({@code PortInUseException}). {@link io.wirestream.local.LocalStack} calls it for both processes first.
     */
    public synchronized void preflight() {
        if (child.isRunning()) {
            throw new IllegalStateException("registry already running (pid " + child.pid() + ")");
        }
        config.java().requireExists();
        if (config.java().featureVersion() != JavaExecutable.UNKNOWN && !config.java().isAtLeast(RegistryConfig.MIN_JAVA)) {
            throw new IllegalStateException("Apicurio Registry needs Java " + RegistryConfig.MIN_JAVA + "+, but "
                    + config.java().path() + " is Java " + config.java().featureVersion()
                    + ": run the launcher with a newer JDK (JAVA_HOME)");
        }
        if (!Files.isRegularFile(config.runJar())) {
            throw new IllegalStateException("Apicurio Registry not found at " + config.runJar()
                    + ": build it with `mvn -f local/pom.xml package -DskipTests`");
        }
        child.stopLeftover()
                .ifPresent(pid -> LOG.warn("stopped Apicurio Registry pid {} left running on {} by an earlier run", pid, config.dataDir()));
        Ports.requireFree(config.host(), config.httpPort(), "Apicurio Registry HTTP", config.howToChangePort());
        Ports.requireFree(config.host(), config.managementPort(), "Apicurio Registry management", config.howToChangePort());
    }

    List<String> command() {
        // the registry answers a few schema lookups a run: C1's code and one GC thread do, and its start costs
        // half the CPU it costs with C2 and G1
        List<String> cmd = config.java().supervisedJvm(config.heap(), List.of("-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC"), config.dataDir(), List.of(config.runJar().toAbsolutePath().getParent()));
        cmd.add("-Dquarkus.http.host=" + config.host());
        cmd.add("-Dquarkus.http.port=" + config.httpPort());
        cmd.add("-Dquarkus.management.host=" + config.host());
        cmd.add("-Dquarkus.management.port=" + config.managementPort());
        // Apicurio reads default global rules from apicurio.rules.global.<rule>; without it no rule applies
        cmd.add("-Dapicurio.rules.global.compatibility=" + config.compatibility().name());
        // in-memory H2 needs no pool of 20 connections held from the start
        cmd.add("-Dapicurio.datasource.jdbc.initial-size=2");
        cmd.add("-Dapicurio.datasource.jdbc.min-size=2");
        cmd.add("-Dapicurio.storage.snapshot.location=" + config.dataDir().toAbsolutePath());
        cmd.add("-jar");
        cmd.add(config.runJar().toAbsolutePath().toString());
        return cmd;
    }

    /** Verifies the global rule after start; sets it through the API if the property was not honoured. */
    private void ensureCompatibility(CcompatAdmin admin) {
        try {
            if (admin.globalCompatibility().orElse(null) != config.compatibility()) {
                admin.setGlobalCompatibility(config.compatibility());
            }
        } catch (IOException e) {
            throw new StartupFailedException("Apicurio Registry started but its global compatibility could not be set to "
                    + config.compatibility() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupFailedException("interrupted while configuring Apicurio Registry", e);
        }
    }

    /** Stops the registry (graceful, then forceful) and waits until its ports are free again. Idempotent. */
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

    /** Base URL of the Confluent-compatible API, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}. */
    public String registryUrl() {
        return config.ccompatUrl();
    }

    public RegistryConfig config() {
        return config;
    }

    public long pid() {
        return child.pid();
    }
}
