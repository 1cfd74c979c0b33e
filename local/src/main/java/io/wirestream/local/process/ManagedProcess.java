package io.wirestream.local.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One child OS process whose output goes to a log file. Stopping is graceful first (SIGTERM to the process
 * and every descendant, so JVM shutdown hooks run), then forceful after a grace period.
 */
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} in {@code workDir}; stdout and stderr are appended to {@code logFile} (a file, not
     * a pipe, so a chatty child can never block on a full pipe buffer nobody reads).
     */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Path logFile) {
        Objects.requireNonNull(name, "name");
        if (command.isEmpty()) {
            throw new IllegalArgumentException("command of " + name + " is empty");
        }
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
            return new ManagedProcess(name, process, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name + " (" + command.getFirst() + "): " + e.getMessage(), e);
        }
    }

    /**
     * Runs a short command to completion (e.g. formatting storage); throws with the log tail when it fails
     * or outlives {@code timeout}.
     */
    public static void runToCompletion(String name, List<String> command, Path workDir, Path logFile, Duration timeout) {
        ManagedProcess child = start(name, command, workDir, logFile);
        boolean finished;
        try {
            finished = child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            child.stop(Duration.ZERO);
            Thread.currentThread().interrupt();
            throw new StartupFailedException(name + " was interrupted");
        }
        if (!finished) {
            child.stop(Duration.ofSeconds(2));
            throw new StartupFailedException(name + " did not finish within " + timeout.toSeconds() + " s; "
                    + LogTail.describe(logFile, 30));
        }
        int exit = child.process.exitValue();
        if (exit != 0) {
            throw new StartupFailedException(name + " failed with exit code " + exit + "; " + LogTail.describe(logFile, 30));
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** Exit code, or -1 while the process still runs. */
    public int exitCodeOrMinusOne() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /**
     * Stops the process and all its descendants: SIGTERM, wait up to {@code grace}, then SIGKILL whatever is
     * left and wait for it to be gone. Idempotent. Returns true when the graceful stop sufficed.
     */
    public boolean stop(Duration grace) {
        // snapshot first: once the parent dies, its children are re-parented and no longer listed as descendants.
        // A child forked after the snapshot would escape; the JVMs we launch do not fork, so this is enough.
        boolean graceful = stopTree(process.toHandle(), grace);
        // our direct child is reaped by the JDK; wait for that too, so its pid is gone when stop returns
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return graceful;
    }

    /**
     * Stops {@code root} and its descendants (snapshot taken first): SIGTERM, wait up to {@code grace}, then
     * SIGKILL whatever is left and wait for it to be gone. Returns true when the graceful stop sufficed.
     */
    static boolean stopTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        all.forEach(ProcessHandle::destroy);
        boolean graceful = awaitExit(all, grace);
        if (!graceful) {
            all.forEach(ProcessHandle::destroyForcibly);
            awaitExit(all, Duration.ofSeconds(10));
        }
        return graceful;
    }

    /**
     * Polls rather than waiting on {@code onExit()}: for processes that are not our direct children the JDK
     * can only poll, and its back-off adds seconds to every stop.
     */
    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (handles.stream().anyMatch(ManagedProcess::isRunning)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie. A killed grandchild is re-parented to PID 1, and in some containers PID 1 reaps
     * only now and then; a zombie holds no memory or ports, so waiting for its reaping would only add delay.
     */
    static boolean isRunning(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            int afterName = stat.lastIndexOf(')');
            return afterName < 0 || afterName + 2 >= stat.length() || stat.charAt(afterName + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return handle.isAlive();
        }
    }

    /** Completes when the process exits; for callers that watch for an early death. */
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
