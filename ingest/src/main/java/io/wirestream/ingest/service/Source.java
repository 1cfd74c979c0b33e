package io.wirestream.ingest.service;

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
}
