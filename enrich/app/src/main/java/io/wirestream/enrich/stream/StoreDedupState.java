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

    private final KeyValueStore<Bytes, byte[]> articles;
    private final KeyValueStore<Bytes, byte[]> originals;
    private final KeyValueStore<Bytes, byte[]> bands;
    private final KeyValueStore<Bytes, byte[]> expiry;
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
        byte[] value = articles.get(Bytes.wrap(StateCodec.refKey(ref)));
        return value == null ? null : StateCodec.article(ref, value);
    }

    @Override
    public void putArticle(ArticleRecord record) {
        articles.put(Bytes.wrap(StateCodec.refKey(record.ref())), StateCodec.article(record));
    }

    @Override
    public void removeArticle(long ref) {
        articles.delete(Bytes.wrap(StateCodec.refKey(ref)));
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
        byte[] value = bands.get(Bytes.wrap(StateCodec.bandKey(bandKey)));
        if (value != null) {
            for (long ref : StateCodec.refs(value)) {
                refs.accept(ref);
            }
        }
    }

    @Override
    public boolean addToBand(int bandKey, long ref, int cap) {
        Bytes key = Bytes.wrap(StateCodec.bandKey(bandKey));
        byte[] value = bands.get(key);
        long[] refs = value == null ? new long[0] : StateCodec.refs(value);
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
        bands.put(key, StateCodec.refs(more));
        return true;
    }

    @Override
    public void removeFromBand(int bandKey, long ref) {
        Bytes key = Bytes.wrap(StateCodec.bandKey(bandKey));
        byte[] value = bands.get(key);
        if (value == null) {
            return;
        }
        long[] refs = StateCodec.refs(value);
        long[] kept = Arrays.stream(refs).filter(r -> r != ref).toArray();
        if (kept.length == refs.length) {
            return;
        }
        if (kept.length == 0) {
            bands.delete(key);
        } else {
            bands.put(key, StateCodec.refs(kept));
        }
    }

    @Override
    public void scheduleExpiry(long eventTime, long ref) {
        expiry.put(Bytes.wrap(StateCodec.expiryKey(eventTime, ref)), new byte[0]);
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
