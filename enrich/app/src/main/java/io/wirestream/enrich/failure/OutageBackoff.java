package io.wirestream.enrich.failure;

import java.time.Clock;
import java.time.Duration;

/**
 * How long to wait before a stream thread that stopped on an outage starts again: doubling from {@link #first} up to
 * {@link #max}, and back to the first wait once an outage is {@link #forgetAfter} behind us. A thread restarts from
 * its last commit, so waiting costs latency only; retrying at once would spin on a registry that is down.
 */
public final class OutageBackoff {

    private final Duration first;
    private final Duration max;
    private final Duration forgetAfter;
    private final Clock clock;
    private Duration next;
    private long lastFailureMillis = Long.MIN_VALUE;

    public OutageBackoff(Duration first, Duration max, Duration forgetAfter, Clock clock) {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, got " + first + " and " + max);
        }
        this.first = first;
        this.max = max;
        this.forgetAfter = forgetAfter;
        this.clock = clock;
        this.next = first;
    }

    /** The wait before the next restart, for a failure now. */
    public synchronized Duration nextWait() {
        long now = clock.millis();
        if (lastFailureMillis != Long.MIN_VALUE && now - lastFailureMillis > forgetAfter.toMillis()) {
            next = first;
        }
        lastFailureMillis = now;
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(max) > 0 ? max : next.multipliedBy(2);
        return wait;
    }
}
