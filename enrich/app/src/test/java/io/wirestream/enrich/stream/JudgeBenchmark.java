package io.wirestream.enrich.stream;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.Fingerprint;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.Verdict;
import java.nio.file.Files;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The judging task's serial cost: one analysed signature judged by the dedup core against the RocksDB stores the
 * stream uses ({@link StoreDedupState}), with {@code retained} articles already in them. Changelog sends and Kafka
 * Streams' own per-record work come on top (measured end to end by {@code ./wirestream bench}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JudgeBenchmark {

    private static final String[] WORDS = ("harbour council bridge storm engineers ferry crossing fishermen quay "
            + "budget museum boat timber village archaeologists conservation tank display railway station chess "
            + "festival library mayor opposition contract bids estuary commuters span compensation fund ministry "
            + "minister election vote party union strike wage talks flood river rescue quake bank rate inflation")
            .split(" ");

    @Param({"100000"})
    int retained;

    private final Random random = new Random(7);
    private ArticleAnalysis[] pool;
    private Deduplicator deduplicator;
    private ArticleAnalyser analyser;
    private long next;
    private java.nio.file.Path dir;

    @Setup
    public void setUp() throws Exception {
        DedupConfig config = DedupConfig.defaults();
        analyser = new ArticleAnalyser(config);
        pool = new ArticleAnalysis[4096];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = analyser.analyse(text());
        }
        dir = Files.createTempDirectory("judge-bench");
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(new java.util.Properties(), 
                new org.apache.kafka.streams.processor.TaskId(0, 0), dir.toFile());
        deduplicator = new Deduplicator(config, new StoreDedupState(store(context, Routes.ARTICLES_STORE),
                store(context, Routes.ORIGINALS_STORE), store(context, Routes.BANDS_STORE),
                store(context, Routes.EXPIRY_STORE)));
        for (int i = 0; i < retained; i++) {
            judge();
        }
    }

    private static KeyValueStore<Bytes, byte[]> store(MockProcessorContext<Object, Object> context, String name) {
        KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
                Serdes.Bytes(), Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        return store;
    }

    private String text() {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 400; w++) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(50)).append(w % 12 == 11 ? ". " : " ");
        }
        return sb.toString();
    }

    /**
     * A new article a second after the previous one: a different story, as most are, so its MinHash values are
     * fresh random ones (its figures and counts from a pooled analysis). The cost is judging, not analysing.
     */
    @Benchmark
    public Verdict judge() {
        long n = next++;
        ArticleAnalysis base = pool[(int) (n % pool.length)];
        short[] mins = new short[base.sketch().minHash().length];
        for (int i = 0; i < mins.length; i++) {
            mins[i] = (short) random.nextInt();
        }
        ArticleSketch sketch = new ArticleSketch(mins, base.sketch().shingles(), base.sketch().numbers());
        ArticleAnalysis analysis = new ArticleAnalysis(new Fingerprint(n, ~n), sketch, analyser.bandKeys(sketch));
        return deduplicator.judge("article-" + n, 1_700_000_000_000L + n * 1000, analysis);
    }

    @TearDown
    public void tearDown() throws Exception {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
