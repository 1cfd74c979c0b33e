package io.wirestream.registry;

import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a registry-dependent call in place while the registry is unreachable ({@link
 * SchemaRegistryException#transientCause}), pausing from {@code firstPause}, doubling up to {@code maxPause}, for at
 * most {@code budget}; past it, or for any other failure, the failure is thrown on. An outage is not the record's
 * fault: enrich's decode waits a few seconds before its thread restarts, ingest's send waits minutes before the
 * article counts as failed.
 *
 * <p>Only for calls with no side effect before the registry call: the call is simply made again.
 */
public final class RegistryWait {

    private static final Logger log = LoggerFactory.getLogger(RegistryWait.class);

    private final Duration budget;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Sleeper sleeper;

    /** Sleeps; a seam so tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RegistryWait(Duration budget, Duration firstPause, Duration maxPause) {
        this(budget, firstPause, maxPause, d -> Thread.sleep(d.toMillis()));
    }

    public RegistryWait(Duration budget, Duration firstPause, Duration maxPause, Sleeper sleeper) {
        this.budget = budget;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.sleeper = sleeper;
    }

    /** @param what what the call is doing, for the log line ("reading the record at …") */
    public <T> T call(Supplier<T> call, String what) {
        long waited = 0;
        long pause = firstPause.toMillis();
        while (true) {
            try {
                return call.get();
            } catch (RuntimeException e) {
                SchemaRegistryException outage = SchemaRegistryException.transientCause(e).orElse(null);
                if (outage == null || waited + pause > budget.toMillis()) {
                    throw e;
                }
                if (waited == 0) {
                    log.warn("schema registry unavailable while {}: {}; trying again for up to {} ms (an outage is "
                            + "not the record's fault)", what, outage.getMessage(), budget.toMillis());
                }
                try {
                    sleeper.sleep(Duration.ofMillis(pause));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waited += pause;
                pause = Math.min(pause * 2, maxPause.toMillis());
            }
        }
    }
}
