package io.wirestream.enrich.stream;

import io.wirestream.dedup.state.StateCodec;
import java.util.Arrays;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Near-duplicate candidates, on the partition that owns an LSH band key: answers a probe with one verify
 * request per article already filed under the key, tells the gather stage how many it sent, then files the
 * prober. Only articles strictly earlier in (event time, ref) order are candidates, so two copies can never
 * name each other, whatever order different band partitions see them in: the earlier is the original.
 *
 * <p>Store {@code dedup-band-store}: band key (4 bytes) -> (ref 8, event time 8) pairs, at most the bucket cap.
 */
final class BandProbeProcessor extends InternalStage<Integer> {

    private static final int ENTRY = 16;

    private final int bucketCap;
    private KeyValueStore<Bytes, byte[]> buckets;

    BandProbeProcessor(int bucketCap, Retention retention) {
        super(Routes.DEDUP_BANDS, Routes.TO_BAND_DONE, retention);
        this.bucketCap = bucketCap;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        super.init(context);
        buckets = context.getStateStore(Routes.BAND_STORE);
        scheduleEviction(context, this::evict);
    }

    @Override
    protected void handle(Record<Integer, byte[]> record) {
        if (record.key() == null) {
            throw new IllegalArgumentException("band probe without a band key");
        }
        DedupMessage.BandProbe probe = expect(DedupMessage.BandProbe.class, DedupMessage.decode(record.value()));
        Bytes key = Bytes.wrap(StateCodec.bandKey(record.key()));
        long cutoff = cutoff();
        long[] entries = entries(buckets.get(key));
        long[] kept = new long[entries.length + 2];
        int keptCount = 0;
        boolean filed = false;
        int probes = 0;
        byte[] request = null;
        for (int i = 0; i < entries.length; i += 2) {
            long ref = entries[i];
            long time = entries[i + 1];
            if (time < cutoff) {
                continue; // expired: dropped from the bucket now, whatever the punctuator does
            }
            kept[keptCount++] = ref;
            kept[keptCount++] = time;
            if (ref == probe.ref()) {
                filed = true;
            } else if (earlier(time, ref, probe.eventTime(), probe.ref())) {
                if (request == null) {
                    request = DedupMessage.encode(new DedupMessage.VerifyRequest(probe.id(), probe.sketch()));
                }
                context.forward(new Record<>(ref, request, record.timestamp()), Routes.TO_VERIFY);
                probes++;
            }
        }
        context.forward(new Record<>(probe.id(), DedupMessage.encode(new DedupMessage.BandDone(probes)),
                record.timestamp()), Routes.TO_BAND_DONE);
        if (!filed && keptCount / 2 < bucketCap && probe.eventTime() >= cutoff) {
            kept[keptCount++] = probe.ref();
            kept[keptCount++] = probe.eventTime();
        }
        write(key, Arrays.copyOf(kept, keptCount));
    }

    /** (time, ref) order: the earliest event time is the original; equal times fall back to the ref. */
    static boolean earlier(long time, long ref, long thanTime, long thanRef) {
        return time != thanTime ? time < thanTime : ref < thanRef;
    }

    private void evict(long streamTime) {
        long cutoff = retention.cutoff(streamTime);
        java.util.List<KeyValue<Bytes, long[]>> changed = new java.util.ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> all = buckets.all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> bucket = all.next();
                long[] entries = entries(bucket.value);
                long[] live = new long[entries.length];
                int n = 0;
                for (int i = 0; i < entries.length; i += 2) {
                    if (entries[i + 1] >= cutoff) {
                        live[n++] = entries[i];
                        live[n++] = entries[i + 1];
                    }
                }
                if (n < entries.length) {
                    changed.add(KeyValue.pair(bucket.key, Arrays.copyOf(live, n)));
                }
            }
        }
        changed.forEach(c -> write(c.key, c.value));
    }

    private void write(Bytes key, long[] entries) {
        if (entries.length == 0) {
            buckets.delete(key);
            return;
        }
        Bin.Writer w = new Bin.Writer(entries.length * 8);
        for (long v : entries) {
            w.long8(v);
        }
        buckets.put(key, w.toBytes());
    }

    private static long[] entries(byte[] value) {
        if (value == null) {
            return new long[0];
        }
        if (value.length % ENTRY != 0) {
            throw new IllegalArgumentException("a band bucket is a multiple of " + ENTRY + " bytes, got " + value.length);
        }
        Bin.Reader r = new Bin.Reader(value);
        long[] out = new long[value.length / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.long8();
        }
        return out;
    }
}
