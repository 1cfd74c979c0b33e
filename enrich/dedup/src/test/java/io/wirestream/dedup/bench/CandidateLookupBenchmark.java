package io.wirestream.dedup.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.NearCandidates;
import io.wirestream.dedup.sketch.ArticleSketch;
import io.wirestream.dedup.sketch.LshBanding;
import io.wirestream.dedup.sketch.NumberSketch;
import io.wirestream.dedup.state.ArticleRecord;

/**
 * Candidate lookup with a million retained articles: probe the 20 band keys, load every candidate's record,
 * verify it with the near-match rule and keep the best. Retained sketches are random (each article its own
 * story, as in a real stream most are); the "near" query is a stored sketch with a third of its values
 * changed, so candidates are found and verified. Target: 20 µs.
 *
 * <p>{@link #lookupInFullBuckets} is the bound: every one of the query's band keys already holds
 * {@code dedup.lsh.bucket.cap} other articles, all of which must be loaded and rejected.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CandidateLookupBenchmark {

    @Param("1000000")
    public int retained;

    private NearCandidates candidates;
    private LshBanding banding;
    private ArticleSketch[] queries;
    private int[][] queryBands;
    private int next;
    private ArticleSketch hot;
    private int[] hotBands;

    @Setup(Level.Trial)
    public void fill() {
        DedupConfig config = DedupConfig.defaults();
        InMemoryDedupState state = new InMemoryDedupState(retained);
        banding = new LshBanding(config.bands(), config.rows());
        Random random = new Random(17);
        ArticleSketch[] stored = new ArticleSketch[retained];
        for (int i = 0; i < retained; i++) {
            ArticleSketch sketch = randomSketch(random, config.signatureSize());
            stored[i] = sketch;
            long ref = i + 1L;
            state.putArticle(new ArticleRecord(ref, "article-" + i, i * 600L, null, 0, sketch));
            for (int key : banding.bandKeys(sketch.minHash())) {
                state.addToBand(key, ref, config.bucketCap());
            }
        }
        hot = randomSketch(random, config.signatureSize());
        hotBands = banding.bandKeys(hot.minHash());
        long filler = 1;
        for (int key : hotBands) {
            for (int i = 0; i < config.bucketCap(); i++) {
                state.addToBand(key, filler++, config.bucketCap());
            }
        }
        candidates = new NearCandidates(config, state);
        queries = new ArticleSketch[1024];
        queryBands = new int[queries.length][];
        for (int q = 0; q < queries.length; q++) {
            ArticleSketch base = stored[random.nextInt(retained)];
            short[] mins = base.minHash().clone();
            for (int i = 0; i < mins.length; i++) {
                if (random.nextInt(3) == 0) {
                    mins[i] = (short) random.nextInt();
                }
            }
            queries[q] = q % 2 == 0 ? new ArticleSketch(mins, base.shingles(), base.numbers())
                    : randomSketch(random, mins.length);
            queryBands[q] = banding.bandKeys(queries[q].minHash());
        }
    }

    private static ArticleSketch randomSketch(Random random, int size) {
        short[] mins = new short[size];
        for (int i = 0; i < size; i++) {
            mins[i] = (short) random.nextInt();
        }
        List<String> figures = List.of(Integer.toString(random.nextInt(100)), Integer.toString(random.nextInt(2030)));
        return new ArticleSketch(mins, 150 + random.nextInt(300), NumberSketch.of(figures, 8));
    }

    @Benchmark
    public NearCandidates.Candidate lookupInFullBuckets() {
        return candidates.best(hot, hotBands, -1L, Long.MIN_VALUE);
    }

    @Benchmark
    public NearCandidates.Candidate lookup() {
        int q = next++ & (queries.length - 1);
        return candidates.best(queries[q], queryBands[q], -1L, Long.MIN_VALUE);
    }
}
