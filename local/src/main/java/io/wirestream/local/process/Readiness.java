package io.wirestream.local.process;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a readiness probe until it succeeds, the process dies, or the timeout passes. Failures carry the
 * tail of the process log, because "did not start" alone never tells anyone why.
 */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_LINES = 40;

    private Readiness() {
    }

    /**
     * @param what    what is being waited for, e.g. "Kafka broker at 127.0.0.1:9092"
     * @param probe   true once the process answers; must not throw and should return within a second or two
     */
    public static void await(String what, ManagedProcess process, BooleanSupplier probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new StartupFailedException(what + " exited with code " + process.exitCodeOrMinusOne()
                        + " before it was ready; " + LogTail.describe(process.logFile(), LOG_LINES));
            }
            if (probe.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new StartupFailedException(what + " was not ready within " + timeout.toSeconds()
                        + " s (pid " + process.pid() + "); " + LogTail.describe(process.logFile(), LOG_LINES));
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StartupFailedException("interrupted while waiting for " + what);
            }
        }
    }

    /** Waits until {@code host:port} can be bound again; returns false if it is still taken at the deadline. */
    public static boolean awaitPortFree(String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Ports.isFree(host, port)) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
