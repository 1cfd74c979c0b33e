package io.wirestream.enrich.failure;

import io.wirestream.registry.SchemaRegistryException;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats a registry-dependent read in place for a short while when the registry is unreachable, so that a blip
 * costs a pause instead of a stream-thread restart (which, under exactly-once, restores the task's state from its
 * changelog). The budget stays well below the transaction timeout Kafka Streams sets (10 s): past it, the outage is
 * thrown on and handled by restarting the thread with {@link OutageBackoff}.
 *
 * <p>Only for reads with no side effect before the registry call: the read is simply made again.
 */
public final class RegistryWait {

    private static final Logger log = LoggerFactory.getLogger(RegistryWait.class);

    private final Duration budget;
    private final Sleeper sleeper;

    /** Sleeps; a seam so tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public RegistryWait(Duration budget) {
        this(budget, d -> Thread.sleep(d.toMillis()));
    }

    public RegistryWait(Duration budget, Sleeper sleeper) {
        this.budget = budget;
        this.sleeper = sleeper;
    }

    public <T> T read(Supplier<T> read, String what) {
        long waited = 0;
        long pause = 100;
        while (true) {
            try {
                return read.get();
            } catch (RuntimeException e) {
                SchemaRegistryException outage = SchemaRegistryException.transientCause(e).orElse(null);
                if (outage == null || waited + pause > budget.toMillis()) {
                    throw e;
                }
                if (waited == 0) {
                    log.warn("schema registry unavailable while reading {}: {}; waiting up to {} ms before the stream "
                            + "thread restarts (nothing is dead-lettered for an outage)", what, outage.getMessage(),
                            budget.toMillis());
                }
                try {
                    sleeper.sleep(Duration.ofMillis(pause));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                waited += pause;
                pause = Math.min(pause * 2, 1_000);
            }
        }
    }
}
