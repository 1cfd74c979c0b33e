package io.wirestream.enrich.stream;

import java.time.Duration;

/**
 * The retention window in event time: an entry counts while its event time is at or after stream time minus
 * the retention. Every dedup store ignores older entries on read, so a verdict never depends on when the
 * eviction punctuator last ran; the punctuator only keeps the stores bounded.
 */
record Retention(Duration window) {

    long cutoff(long streamTime) {
        long millis = window.toMillis();
        return streamTime < Long.MIN_VALUE + millis ? Long.MIN_VALUE : streamTime - millis;
    }

    /** How often (in stream time) to evict: a tenth of the window, between a minute and an hour. */
    Duration evictionInterval() {
        long every = Math.max(60_000L, Math.min(window.toMillis() / 10, Duration.ofHours(1).toMillis()));
        return Duration.ofMillis(every);
    }
}
