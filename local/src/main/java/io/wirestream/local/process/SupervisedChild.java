package io.wirestream.local.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One long-running child of the local runtime with what every such child needs the same way: a pid file (so
 * a later run can stop what a killed launcher left behind), a Ctrl-C hook, and a stop that waits until the
 * child's ports are free again.
 */
public final class SupervisedChild {

    private final String name;
    private final PidFile pidFile;
    private final Duration grace;
    private final String host;
    private final int[] ports;
    // volatile: the shutdown hook reads it without the monitor, which the owner's start() may hold while it waits
    private volatile ManagedProcess process;
    private ShutdownHook hook;

    public SupervisedChild(String name, PidFile pidFile, Duration grace, String host, int... ports) {
        this.name = name;
        this.pidFile = pidFile;
        this.grace = grace;
        this.host = host;
        this.ports = ports.clone();
    }

    /** Launches the child, records its pid and registers the Ctrl-C hook. */
    public synchronized ManagedProcess start(List<String> command, Path workDir, Path logFile) {
        if (isRunning()) {
            throw new IllegalStateException(name + " already running (pid " + process.pid() + ")");
        }
        process = ManagedProcess.start(name, command, workDir, logFile);
        pidFile.write(process.pid());
        hook = ShutdownHook.register(name, this::stopFromHook);
        return process;
    }

    /** Stops a child a killed launcher left running on this data dir; returns its pid if there was one. */
    public Optional<Long> stopLeftover() {
        return pidFile.stopLeftover(grace);
    }

    /** Stops the child (graceful, then forceful) and waits until its ports are free again. Idempotent. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.stop(grace);
        pidFile.delete();
        if (hook != null) {
            hook.unregister();
            hook = null;
        }
        for (int port : ports) {
            Readiness.awaitPortFree(host, port, Duration.ofSeconds(10));
        }
    }

    /**
     * Ctrl-C: stops the child without taking the monitor, so a start() still waiting for readiness cannot
     * delay it; that start() then sees the child gone and fails.
     */
    private void stopFromHook() {
        ManagedProcess running = process;
        if (running != null) {
            running.stop(grace);
            pidFile.delete();
        }
    }

    public boolean isRunning() {
        ManagedProcess running = process;
        return running != null && running.isAlive();
    }

    /** The running process; throws if never started. */
    public ManagedProcess process() {
        ManagedProcess running = process;
        if (running == null) {
            throw new IllegalStateException(name + " not started");
        }
        return running;
    }

    public long pid() {
        return process().pid();
    }
}
