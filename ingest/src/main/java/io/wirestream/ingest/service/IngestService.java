package io.wirestream.ingest.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each {@link Source} on its own thread until it is done or the service is closed, and prints each source's
 * counts when they changed, at most once per progress interval. A source that throws is logged and restarted after
 * a pause; the others go on.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final Duration RESTART_PAUSE = Duration.ofSeconds(5);

    private final IngestMetrics metrics;
    private final Duration restartPause;
    private final List<Thread> threads = new ArrayList<>();
    private final Thread progress;
    private volatile boolean closed;

    public IngestService(List<Source> sources, IngestMetrics metrics, Duration progressInterval) {
        this(sources, metrics, progressInterval, RESTART_PAUSE);
    }

    IngestService(List<Source> sources, IngestMetrics metrics, Duration progressInterval, Duration restartPause) {
        this.metrics = metrics;
        this.restartPause = restartPause;
        for (Source source : sources) {
            Thread thread = new Thread(() -> runUntilDone(source), "ingest-" + source.name());
            thread.setDaemon(true);
            threads.add(thread);
        }
        progress = new Thread(() -> reportEvery(progressInterval), "ingest-progress");
        progress.setDaemon(true);
    }

    public void start() {
        threads.forEach(Thread::start);
        progress.start();
    }

    /** Waits until every source is done (only finite sources such as stdin ever are), or the thread is interrupted. */
    public void awaitSources() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void runUntilDone(Source source) {
        while (!closed) {
            try {
                source.run();
                return;
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                metrics.source(source.name()).error();
                log.error("source {} failed, restarting in {}: {}", source.name(), restartPause, e.toString(), e);
                try {
                    Thread.sleep(restartPause);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    private void reportEvery(Duration interval) {
        List<String> last = List.of();
        while (!closed) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            last = printIfChanged(last);
        }
    }

    private List<String> printIfChanged(List<String> last) {
        List<String> now = metrics.all().stream().map(SourceMetrics::line).toList();
        if (!now.equals(last)) {
            now.forEach(line -> System.out.println("ingest: " + line));
        }
        return now;
    }

    /** Stops every source (interrupts it) and prints the final counts. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        threads.forEach(Thread::interrupt);
        progress.interrupt();
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        printIfChanged(List.of());
    }
}
