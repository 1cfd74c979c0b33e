package io.wirestream.dedup.sequence;

import java.util.function.BiConsumer;

/**
 * Where a {@link Sequencer} keeps what it must not lose: the signatures waiting for their turn and the lane
 * marks. The sequencer works from its own copy in memory; a store only has to persist and give it back after a
 * restart (in the stream: Kafka Streams stores with changelogs, so a failover resumes exactly).
 */
public interface SequencerStore {

    /** Hands over everything persisted, at start. */
    void load(BiConsumer<OrderKey, ArticleSignature> waiting, BiConsumer<Integer, LaneMark> lanes);

    void waiting(OrderKey key, ArticleSignature signature);

    void released(OrderKey key);

    void lane(int lane, LaneMark mark);

    /** Keeps nothing: for a sequencer that runs once over a whole input (offline, tests). */
    SequencerStore NONE = new SequencerStore() {
        @Override
        public void load(BiConsumer<OrderKey, ArticleSignature> waiting, BiConsumer<Integer, LaneMark> lanes) {
        }

        @Override
        public void waiting(OrderKey key, ArticleSignature signature) {
        }

        @Override
        public void released(OrderKey key) {
        }

        @Override
        public void lane(int lane, LaneMark mark) {
        }
    };
}
