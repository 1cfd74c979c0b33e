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

    /**
     * Band entries keep their event time only as a one-byte generation: an eighth of the window, counted modulo
     * 256. That is enough to drop an entry once its whole generation is older than the window (the verify stage
     * applies the exact cut-off), and it saves 7 bytes on each of an article's twenty band entries.
     */
    int generation(long eventTime) {
        return (int) (Math.floorDiv(eventTime, generationLength()) & 0xFF);
    }

    /**
     * Whether every event time of {@code generation} is before the cut-off at {@code streamTime}. The byte is
     * read as the latest generation at or before stream time with those low 8 bits: right while entries are
     * evicted within 32 windows of stream time, which the stream-time punctuator does every tenth of one.
     */
    boolean generationExpired(int generation, long streamTime) {
        long length = generationLength();
        long current = Math.floorDiv(streamTime, length);
        long absolute = current - ((current - generation) & 0xFF);
        long cutoff = cutoff(streamTime);
        return cutoff != Long.MIN_VALUE && (absolute + 1) * length <= cutoff;
    }

    private long generationLength() {
        return Math.max(1, Math.ceilDiv(window.toMillis(), 8));
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
