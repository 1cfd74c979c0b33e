package io.wirestream.ingest.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Politeness: one request at a time per host, and at least {@code minInterval} between the end of one request to
 * a host and the start of the next. Shared by every feed and page fetch of the service.
 */
public final class HostGate {

    private final Duration minInterval;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    public HostGate(Duration minInterval) {
        this.minInterval = minInterval;
    }

    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long lastEndNanos;
        boolean used;
    }

    /** Runs {@code request} as the host's only request, after its interval has passed. */
    public <T> T call(String host, Request<T> request) throws FetchException, InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        h.lock.lockInterruptibly();
        try {
            if (h.used) {
                long wait = h.lastEndNanos + minInterval.toNanos() - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(Duration.ofNanos(wait));
                }
            }
            try {
                return request.run();
            } finally {
                h.used = true;
                h.lastEndNanos = System.nanoTime();
            }
        } finally {
            h.lock.unlock();
        }
    }

    @FunctionalInterface
    public interface Request<T> {
        T run() throws FetchException, InterruptedException;
    }
}
