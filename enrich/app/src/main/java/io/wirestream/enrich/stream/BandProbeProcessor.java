package io.wirestream.enrich.stream;

import io.wirestream.dedup.state.StateCodec;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Near-duplicate candidates, on the partition that owns an LSH band key: answers a probe with one verify
 * request per article already filed under the key, tells the gather stage how many it sent, then files the
 * prober. The verify stage, which holds each candidate's event time, keeps only candidates strictly earlier in
 * (event time, ref) order, so two copies can never name each other, whatever order different band partitions
 * see them in: the earlier is the original.
 *
 * <p>Store {@code dedup-band-store}: band key (4 bytes) -> (ref 8, {@linkplain Retention#generation
 * generation} 1) entries, at most the bucket cap. An entry is dropped once its generation is wholly older than
 * the retention, on every write and by the stream-time punctuator.
 */
final class BandProbeProcessor extends InternalStage<Integer> {

    private static final int ENTRY = 9;

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
        if (DedupMessage.isHeartbeat(record.value())) {
            return; // an exact task's progress: Kafka Streams has already used it to order what comes next
        }
        if (record.key() == null) {
            throw new IllegalArgumentException("band probe without a band key");
        }
        DedupMessage.BandProbe probe = expect(DedupMessage.BandProbe.class, DedupMessage.decode(record.value()));
        Bytes key = Bytes.wrap(StateCodec.bandKey(record.key()));
        long streamTime = Math.max(context.currentStreamTimeMs(), probe.eventTime());
        Bucket bucket = Bucket.read(buckets.get(key)).live(retention, streamTime);
        int probes = 0;
        byte[] request = null;
        for (int i = 0; i < bucket.size; i++) {
            long ref = bucket.refs[i];
            if (ref == probe.ref()) {
                continue;
            }
            if (request == null) {
                request = DedupMessage.encode(new DedupMessage.VerifyRequest(probe.id(), probe.ref(),
                        probe.eventTime(), probe.sketch()));
            }
            context.forward(new Record<>(ref, request, record.timestamp()), Routes.TO_VERIFY);
            probes++;
        }
        context.forward(new Record<>(probe.id(), DedupMessage.encode(new DedupMessage.BandDone(probes)),
                record.timestamp()), Routes.TO_BAND_DONE);
        if (!bucket.contains(probe.ref()) && bucket.size < bucketCap && probe.eventTime() >= cutoff()) {
            bucket = bucket.plus(probe.ref(), retention.generation(probe.eventTime()));
        }
        write(key, bucket);
    }

    private void evict(long streamTime) {
        List<KeyValue<Bytes, Bucket>> changed = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> all = buckets.all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> entry = all.next();
                Bucket bucket = Bucket.read(entry.value);
                Bucket live = bucket.live(retention, streamTime);
                if (live.size < bucket.size) {
                    changed.add(KeyValue.pair(entry.key, live));
                }
            }
        }
        changed.forEach(c -> write(c.key, c.value));
    }

    private void write(Bytes key, Bucket bucket) {
        if (bucket.size == 0) {
            buckets.delete(key);
            return;
        }
        Bin.Writer w = new Bin.Writer(bucket.size * ENTRY);
        for (int i = 0; i < bucket.size; i++) {
            w.long8(bucket.refs[i]).byte1(bucket.generations[i]);
        }
        buckets.put(key, w.toBytes());
    }

    /** The refs filed under one band key, in filing order, each with its generation. */
    private record Bucket(long[] refs, int[] generations, int size) {

        static Bucket read(byte[] value) {
            if (value == null) {
                return new Bucket(new long[0], new int[0], 0);
            }
            if (value.length % ENTRY != 0) {
                throw new IllegalArgumentException("a band bucket is a multiple of " + ENTRY + " bytes, got "
                        + value.length);
            }
            int n = value.length / ENTRY;
            Bin.Reader r = new Bin.Reader(value);
            long[] refs = new long[n];
            int[] generations = new int[n];
            for (int i = 0; i < n; i++) {
                refs[i] = r.long8();
                generations[i] = r.byte1();
            }
            return new Bucket(refs, generations, n);
        }

        Bucket live(Retention retention, long streamTime) {
            long[] refs = new long[size];
            int[] generations = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (!retention.generationExpired(this.generations[i], streamTime)) {
                    refs[n] = this.refs[i];
                    generations[n++] = this.generations[i];
                }
            }
            return n == size ? this : new Bucket(refs, generations, n);
        }

        boolean contains(long ref) {
            for (int i = 0; i < size; i++) {
                if (refs[i] == ref) {
                    return true;
                }
            }
            return false;
        }

        Bucket plus(long ref, int generation) {
            long[] r = java.util.Arrays.copyOf(refs, size + 1);
            int[] g = java.util.Arrays.copyOf(generations, size + 1);
            r[size] = ref;
            g[size] = generation;
            return new Bucket(r, g, size + 1);
        }
    }
}
