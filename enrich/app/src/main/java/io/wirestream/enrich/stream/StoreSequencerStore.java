package io.wirestream.enrich.stream;

import io.wirestream.dedup.sequence.ArticleSignature;
import io.wirestream.dedup.sequence.LaneMark;
import io.wirestream.dedup.sequence.OrderKey;
import io.wirestream.dedup.sequence.SequencerStore;
import io.wirestream.dedup.sequence.SignatureCodec;
import java.nio.ByteBuffer;
import java.util.function.BiConsumer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The sequencer's waiting signatures and lane marks in two changelogged stores, so the judging task resumes after
 * a restart or failover exactly where it was. Both stay small: signatures wait only until every lane has moved
 * past them.
 */
final class StoreSequencerStore implements SequencerStore {

    private final KeyValueStore<Bytes, byte[]> waiting;
    private final KeyValueStore<Bytes, byte[]> lanes;
    private final SignatureCodec codec;

    StoreSequencerStore(KeyValueStore<Bytes, byte[]> waiting, KeyValueStore<Bytes, byte[]> lanes, SignatureCodec codec) {
        this.waiting = waiting;
        this.lanes = lanes;
        this.codec = codec;
    }

    @Override
    public void load(BiConsumer<OrderKey, ArticleSignature> waitingSink, BiConsumer<Integer, LaneMark> laneSink) {
        try (KeyValueIterator<Bytes, byte[]> all = waiting.all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> entry = all.next();
                waitingSink.accept(OrderKey.fromBytes(entry.key.get()), codec.decode(entry.value).signature());
            }
        }
        try (KeyValueIterator<Bytes, byte[]> all = lanes.all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> entry = all.next();
                laneSink.accept(ByteBuffer.wrap(entry.key.get()).getInt(), LaneMark.fromBytes(entry.value));
            }
        }
    }

    @Override
    public void waiting(OrderKey key, ArticleSignature signature) {
        waiting.put(Bytes.wrap(key.toBytes()), SignatureCodec.encode(signature));
    }

    @Override
    public void released(OrderKey key) {
        waiting.delete(Bytes.wrap(key.toBytes()));
    }

    @Override
    public void lane(int lane, LaneMark mark) {
        lanes.put(Bytes.wrap(ByteBuffer.allocate(4).putInt(lane).array()), mark.toBytes());
    }
}
