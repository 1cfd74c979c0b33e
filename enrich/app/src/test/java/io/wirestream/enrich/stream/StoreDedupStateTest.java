package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.NumberSketch;
import io.wirestream.dedup.state.ArticleRecord;
import io.wirestream.dedup.state.StateCodec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decoded copies {@link StoreDedupState} keeps of recently used article records never differ from the store:
 * what a read returns is what the store holds, after puts, replacements, removals and evictions from the copy.
 */
class StoreDedupStateTest {

    @TempDir
    Path dir;

    private KeyValueStore<Bytes, byte[]> articles;
    private KeyValueStore<Bytes, byte[]> bands;
    private StoreDedupState state;

    @BeforeEach
    void setUp() {
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(new Properties(), new TaskId(0, 0),
                dir.toFile());
        articles = store(context, Routes.ARTICLES_STORE);
        bands = store(context, Routes.BANDS_STORE);
        state = new StoreDedupState(articles, store(context, Routes.ORIGINALS_STORE), bands,
                store(context, Routes.EXPIRY_STORE));
    }

    @Test
    void aReadAfterAReplacementOrARemovalSeesTheStoreNotAnOlderCopy() {
        state.putArticle(record(7, "first", 1_000));
        assertThat(state.article(7).id()).isEqualTo("first");

        state.putArticle(record(7, "second", 2_000)); // a revision under the same ref
        assertThat(state.article(7).id()).isEqualTo("second");
        assertThat(state.article(7).eventTime()).isEqualTo(2_000);

        state.removeArticle(7);
        assertThat(state.article(7)).isNull();
        assertThat(articles.get(Bytes.wrap(StateCodec.refKey(7)))).isNull();
    }

    @Test
    void moreRecordsThanTheCopiesHoldAreAllReadBackFromTheStore() {
        int n = StoreDedupState.RECENT_ARTICLES * 2 + 17;
        for (int ref = 1; ref <= n; ref++) {
            state.putArticle(record(ref, "article-" + ref, ref * 10L));
        }
        for (int ref = 1; ref <= n; ref += 3) {
            state.removeArticle(ref);
        }
        for (int ref = 1; ref <= n; ref++) {
            ArticleRecord read = state.article(ref);
            if ((ref - 1) % 3 == 0) {
                assertThat(read).as("ref %d was removed", ref).isNull();
            } else {
                assertThat(read).as("ref %d", ref).isEqualTo(record(ref, "article-" + ref, ref * 10L));
                assertThat(read).isEqualTo(StateCodec.article(ref, articles.get(Bytes.wrap(StateCodec.refKey(ref)))));
            }
        }
    }

    @Test
    void moreBucketsThanTheCopiesHoldAreAllReadBackAsTheStoreHasThem() {
        int n = StoreDedupState.RECENT_BUCKETS * 2 + 17;
        for (int key = 0; key < n; key++) {
            assertThat(state.addToBand(key, key + 1L, 2)).isTrue();
            assertThat(state.addToBand(key, key + 2L, 2)).isTrue();
            assertThat(state.addToBand(key, key + 3L, 2)).as("a full bucket takes no more").isFalse();
        }
        for (int key = 0; key < n; key += 3) {
            state.removeFromBand(key, key + 1L);
        }
        for (int key = 0; key < n; key++) {
            List<Long> read = new ArrayList<>();
            state.forEachInBand(key, read::add);
            List<Long> expected = key % 3 == 0 ? List.of(key + 2L) : List.of(key + 1L, key + 2L);
            assertThat(read).as("band key %d", key).isEqualTo(expected);
            List<Long> stored = new ArrayList<>();
            for (long ref : StateCodec.refs(bands.get(Bytes.wrap(StateCodec.bandKey(key))))) {
                stored.add(ref);
            }
            assertThat(stored).as("band key %d in the store", key).isEqualTo(expected);
        }
    }

    @Test
    void aBucketEmptiedIsGoneFromTheStoreAndReadsEmpty() {
        state.addToBand(99, 5L, 16);
        state.removeFromBand(99, 5L);
        List<Long> read = new ArrayList<>();
        state.forEachInBand(99, read::add);
        assertThat(read).isEmpty();
        assertThat(bands.get(Bytes.wrap(StateCodec.bandKey(99)))).isNull();
        StoreDedupState again = new StoreDedupState(articles, null, bands, null);
        again.forEachInBand(99, read::add);
        assertThat(read).isEmpty();
    }

    @Test
    void aRecordWrittenByAnEarlierInstanceIsReadFromTheStore() {
        state.putArticle(record(42, "kept", 5_000));
        // a task re-initialised over the same stores (restart, revived task) starts with no copies
        StoreDedupState again = new StoreDedupState(articles, null, null, null);
        assertThat(again.article(42)).isEqualTo(record(42, "kept", 5_000));
    }

    private static ArticleRecord record(long ref, String id, long eventTime) {
        short[] mins = new short[60];
        for (int i = 0; i < mins.length; i++) {
            mins[i] = (short) (ref * 31 + i * 7 + eventTime);
        }
        ArticleSketch sketch = new ArticleSketch(mins, 120, new NumberSketch(new short[] {(short) ref}, 1));
        return new ArticleRecord(ref, id, eventTime, new Fingerprint(ref, ~ref), 0, sketch);
    }

    private static KeyValueStore<Bytes, byte[]> store(MockProcessorContext<Object, Object> context, String name) {
        KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
                Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().withCachingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }
}
