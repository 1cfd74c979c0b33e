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
     * Slots for decoded article records (a power of two): 1 MB of references, and a record of about 350 bytes in each
     * slot filled, so at most about 45 MB once more articles are retained than there are slots. A direct-mapped table
     * loses a share of about n/slots of n retained records to collisions: at 8,192 slots and 10,000-16,000 retained
     * articles, store reads were still a fifth of the judging task (docs/benchmarks.md).
     */
    static final int RECENT_ARTICLES = 1 << 17;
    /** Slots for band buckets (a power of two): up to 16 refs each, about 5 MB in all when full. */
    static final int RECENT_BUCKETS = 1 << 15;

    private final KeyValueStore<Bytes, byte[]> articles;
    private final KeyValueStore<Bytes, byte[]> originals;
    private final KeyValueStore<Bytes, byte[]> bands;
    private final KeyValueStore<Bytes, byte[]> expiry;
    /**
     * Buckets read or written recently, by band key, in a direct-mapped table like the records below: judging an
     * article reads its twenty buckets to find candidates and files it under the same twenty, and expiring one reads
     * and rewrites its twenty again, days of event time later. A RocksDB point read costs more than the rest of the
     * lookup, and a 64-entry LRU, as this was until 2026-12-03, kept only the buckets of the last few articles:
     * expiry always read from the store. Kept coherent the same way: every write goes through here.
     */
    private final int[] bucketKeys = new int[RECENT_BUCKETS];
    private final long[][] bucketRefs = new long[RECENT_BUCKETS][];
    /**
     * Decoded article records of recent reads and writes, one per slot of a direct-mapped table indexed by the
     * ref's hash. Judging an article reads every candidate filed under its twenty band keys, and a full bucket keeps
     * the same (oldest) refs until they expire, so the same few thousand records are read again and again: from the
     * record cache each read cost a sorted-map walk of byte-array comparisons and a decode of the sketch, about a
     * fifth of the stream thread (docs/benchmarks.md). A slot holds one record and a colliding ref takes it over: a
     * read is one array load and a ref comparison, with no boxing; a record pushed out comes back with one store
     * read. Kept coherent the same way as the buckets: every write goes through here.
     */
    private final ArticleRecord[] recentArticles = new ArticleRecord[RECENT_ARTICLES];
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
        int slot = slot(ref);
        ArticleRecord known = recentArticles[slot];
        if (known != null && known.ref() == ref) {
            return known;
        }
        byte[] value = articles.get(Bytes.wrap(StateCodec.refKey(ref)));
        if (value == null) {
            return null;
        }
        ArticleRecord record = StateCodec.article(ref, value);
        recentArticles[slot] = record;
        return record;
    }

    @Override
    public void putArticle(ArticleRecord record) {
        articles.put(Bytes.wrap(StateCodec.refKey(record.ref())), StateCodec.article(record));
        recentArticles[slot(record.ref())] = record;
    }

    @Override
    public void removeArticle(long ref) {
        articles.delete(Bytes.wrap(StateCodec.refKey(ref)));
        int slot = slot(ref);
        if (recentArticles[slot] != null && recentArticles[slot].ref() == ref) {
            recentArticles[slot] = null;
        }
    }

    private static int slot(long ref) {
        long h = ref * 0x9E3779B97F4A7C15L; // refs are sequential-ish: spread them over the table
        return (int) (h >>> 40) & (RECENT_ARTICLES - 1);
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
        int slot = bucketSlot(bandKey);
        long[] refs = bucketRefs[slot];
        if (refs != null && bucketKeys[slot] == bandKey) {
            return refs;
        }
        byte[] value = bands.get(Bytes.wrap(StateCodec.bandKey(bandKey)));
        refs = value == null ? NO_REFS : StateCodec.refs(value);
        remember(slot, bandKey, refs);
        return refs;
    }

    private void remember(int slot, int bandKey, long[] refs) {
        bucketKeys[slot] = bandKey;
        bucketRefs[slot] = refs;
    }

    private static int bucketSlot(int bandKey) {
        return (bandKey * 0x9E3779B9 >>> 16) & (RECENT_BUCKETS - 1); // band keys are hashes, but spread them anyway
    }

    private void putBucket(int bandKey, long[] refs) {
        Bytes key = Bytes.wrap(StateCodec.bandKey(bandKey));
        if (refs.length == 0) {
            bands.delete(key);
        } else {
            bands.put(key, StateCodec.refs(refs));
        }
        remember(bucketSlot(bandKey), bandKey, refs);
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
