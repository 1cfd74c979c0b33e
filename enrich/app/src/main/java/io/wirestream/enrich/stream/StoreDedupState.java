package io.wirestream.enrich.stream;

import io.wirestream.dedup.DedupState;
import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.OriginalEntry;
import io.wirestream.dedup.state.StateCodec;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The dedup core's {@link DedupState} on Kafka Streams stores with changelogs: one store per map, every key and
 * value in the core's own layout ({@link StateCodec}), so the stream keeps exactly what the offline command keeps
 * in memory and a restore (or a standby) gives the judging task back the same state. Stream time lives in the
 * articles store under a one-byte key, which no 8-byte ref can be.
 */
final class StoreDedupState implements DedupState {

    private static final Bytes STREAM_TIME_KEY = Bytes.wrap(new byte[] {0});
    private static final long[] NO_REFS = new long[0];
    /**
     * Slots for decoded article records (a power of two): 2 MB of keys and references, and a record of about 350 bytes
     * in each slot filled, so at most about 48 MB once more articles are retained than there are slots. At 8,192
     * direct-mapped slots and 10,000-16,000 retained articles, store reads were still a fifth of the judging task
     * (docs/benchmarks.md).
     */
    static final int RECENT_ARTICLES = 1 << 17;
    /** Slots for band buckets (a power of two): up to 16 refs each, about 5 MB in all when full. */
    static final int RECENT_BUCKETS = 1 << 15;

    private final KeyValueStore<Bytes, byte[]> articles;
    private final KeyValueStore<Bytes, byte[]> originals;
    private final KeyValueStore<Bytes, byte[]> bands;
    private final KeyValueStore<Bytes, byte[]> expiry;
    /**
     * Buckets read or written recently, by band key: judging an article reads its twenty buckets to find candidates
     * and files it under the same twenty, and expiring one reads and rewrites its twenty again, days of event time
     * later. A RocksDB point read costs more than the rest of the lookup, and a 64-entry LRU, as this was until
     * 2026-12-03, kept only the buckets of the last few articles: expiry always read from the store.
     */
    private final RecentCopies<long[]> recentBuckets = new RecentCopies<>(RECENT_BUCKETS);
    /**
     * Decoded article records of recent reads and writes. Judging an article reads every candidate filed under its
     * twenty band keys, and a full bucket keeps the same (oldest) refs until they expire, so the same few thousand
     * records are read again and again: from the record cache each read cost a sorted-map walk of byte-array
     * comparisons and a decode of the sketch, about a fifth of the stream thread (docs/benchmarks.md).
     */
    private final RecentCopies<ArticleRecord> recentArticles = new RecentCopies<>(RECENT_ARTICLES);
    private long streamTime;
    /** Everything before this in the expiry store has been drained: scans start here, not over old tombstones. */
    private long drainedBefore = Long.MIN_VALUE;

    StoreDedupState(KeyValueStore<Bytes, byte[]> articles, KeyValueStore<Bytes, byte[]> originals,
                    KeyValueStore<Bytes, byte[]> bands, KeyValueStore<Bytes, byte[]> expiry) {
        this.articles = articles;
        this.originals = originals;
        this.bands = bands;
        this.expiry = expiry;
        byte[] time = articles.get(STREAM_TIME_KEY);
        this.streamTime = time == null ? Long.MIN_VALUE : ByteBuffer.wrap(time).getLong();
    }

    @Override
    public ArticleRecord article(long ref) {
        ArticleRecord known = recentArticles.get(ref);
        if (known != null) {
            return known;
        }
        byte[] value = articles.get(Bytes.wrap(StateCodec.refKey(ref)));
        if (value == null) {
            return null;
        }
        ArticleRecord record = StateCodec.article(ref, value);
        recentArticles.put(ref, record);
        return record;
    }

    @Override
    public void putArticle(ArticleRecord record) {
        articles.put(Bytes.wrap(StateCodec.refKey(record.ref())), StateCodec.article(record));
        recentArticles.put(record.ref(), record);
    }

    @Override
    public void removeArticle(long ref) {
        articles.delete(Bytes.wrap(StateCodec.refKey(ref)));
        recentArticles.remove(ref);
    }

    @Override
    public OriginalEntry original(Fingerprint fingerprint) {
        byte[] value = originals.get(Bytes.wrap(StateCodec.fingerprintKey(fingerprint)));
        return value == null ? null : StateCodec.original(value);
    }

    @Override
    public void putOriginal(Fingerprint fingerprint, OriginalEntry entry) {
        originals.put(Bytes.wrap(StateCodec.fingerprintKey(fingerprint)), StateCodec.original(entry));
    }

    @Override
    public void removeOriginal(Fingerprint fingerprint) {
        originals.delete(Bytes.wrap(StateCodec.fingerprintKey(fingerprint)));
    }

    @Override
    public void forEachInBand(int bandKey, LongConsumer refs) {
        for (long ref : bucket(bandKey)) {
            refs.accept(ref);
        }
    }

    private long[] bucket(int bandKey) {
        long[] refs = recentBuckets.get(bandKey);
        if (refs != null) {
            return refs;
        }
        byte[] value = bands.get(Bytes.wrap(StateCodec.bandKey(bandKey)));
        refs = value == null ? NO_REFS : StateCodec.refs(value);
        recentBuckets.put(bandKey, refs);
        return refs;
    }

    private void putBucket(int bandKey, long[] refs) {
        Bytes key = Bytes.wrap(StateCodec.bandKey(bandKey));
        if (refs.length == 0) {
            bands.delete(key);
        } else {
            bands.put(key, StateCodec.refs(refs));
        }
        recentBuckets.put(bandKey, refs);
    }

    @Override
    public boolean addToBand(int bandKey, long ref, int cap) {
        long[] refs = bucket(bandKey);
        for (long filed : refs) {
            if (filed == ref) {
                return true;
            }
        }
        if (refs.length >= cap) {
            return false;
        }
        long[] more = Arrays.copyOf(refs, refs.length + 1);
        more[refs.length] = ref;
        putBucket(bandKey, more);
        return true;
    }

    @Override
    public void removeFromBand(int bandKey, long ref) {
        long[] refs = bucket(bandKey);
        long[] kept = Arrays.stream(refs).filter(r -> r != ref).toArray();
        if (kept.length != refs.length) {
            putBucket(bandKey, kept);
        }
    }

    @Override
    public void scheduleExpiry(long eventTime, long ref) {
        expiry.put(Bytes.wrap(StateCodec.expiryKey(eventTime, ref)), new byte[0]);
    }

    /** Deleted at once: the stores' bytes per article are the budget (a revision would otherwise hold two). */
    @Override
    public void cancelExpiry(long eventTime, long ref) {
        expiry.delete(Bytes.wrap(StateCodec.expiryKey(eventTime, ref)));
    }

    @Override
    public void drainExpired(long cutoff, LongConsumer refs) {
        if (cutoff <= drainedBefore) {
            return;
        }
        List<Bytes> due = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = expiry.range(Bytes.wrap(StateCodec.expiryKey(drainedBefore, 0)),
                Bytes.wrap(StateCodec.expiryKey(cutoff, 0)))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> entry = it.next();
                ByteBuffer key = ByteBuffer.wrap(entry.key.get());
                long time = key.getLong() ^ Long.MIN_VALUE;
                if (time >= cutoff) {
                    break; // range ends are inclusive
                }
                due.add(entry.key);
            }
        }
        drainedBefore = cutoff;
        for (Bytes key : due) {
            expiry.delete(key);
            refs.accept(ByteBuffer.wrap(key.get(), 8, 8).getLong());
        }
    }

    @Override
    public long streamTime() {
        return streamTime;
    }

    @Override
    public void streamTime(long eventTime) {
        streamTime = eventTime;
        articles.put(STREAM_TIME_KEY, ByteBuffer.allocate(8).putLong(eventTime).array());
    }
}
