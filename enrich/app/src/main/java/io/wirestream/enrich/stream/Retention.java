package io.wirestream.enrich.stream;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

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

    /** Deletes every entry whose value says it expired; one pass, then the deletes (no mutation while iterating). */
    static <K, V> void deleteWhere(KeyValueStore<K, V> store, Predicate<V> expired) {
        List<K> doomed = new ArrayList<>();
        try (KeyValueIterator<K, V> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<K, V> entry = all.next();
                if (expired.test(entry.value)) {
                    doomed.add(entry.key);
                }
            }
        }
        doomed.forEach(store::delete);
    }
}
