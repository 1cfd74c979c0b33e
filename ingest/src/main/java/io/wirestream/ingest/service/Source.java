package io.wirestream.ingest.service;

import java.time.Duration;

/**
 * Where articles come from while ingest runs as a service: stdin, a watched folder, feeds. {@link #run} works until
 * the source is exhausted (stdin at its end) or the thread is interrupted (the service stops). Bad input is the
 * source's to report (log line, {@link SourceMetrics#error()}); an exception out of {@code run} is logged by the
 * service and the source is started again after a pause, so one source never stops the others.
 */
public interface Source {

    /** The name in logs, console progress and the {@code source} tag of the metrics. */
    String name();

    void run() throws InterruptedException;

    /** One look at a polled source (a feed, a folder). */
    @FunctionalInterface
    interface Poll {
        void once() throws InterruptedException;
    }

    /** The run loop of a polled source: a poll, then a pause of {@code interval}, until the thread is interrupted. */
    static void pollUntilInterrupted(Poll poll, Duration interval) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            poll.once();
            Thread.sleep(interval);
        }
        throw new InterruptedException();
    }
}
