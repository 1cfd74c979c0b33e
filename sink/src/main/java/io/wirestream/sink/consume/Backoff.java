package io.wirestream.sink.consume;

import java.time.Duration;

/**
 * How long to wait before retrying after a failure: doubling from {@code initial} up to {@code max}, back to
 * {@code initial} after a success. Not thread-safe: the consumer loop owns it.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;
    private int failures;

    public Backoff(Duration initial, Duration max) {
        if (initial.isNegative() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay before the next attempt, and doubles the one after it. */
    public Duration nextDelay() {
        Duration delay = next;
        failures++;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    /** Consecutive failures since the last success. */
    public int failures() {
        return failures;
    }

    public void reset() {
        next = initial;
        failures = 0;
    }
}
