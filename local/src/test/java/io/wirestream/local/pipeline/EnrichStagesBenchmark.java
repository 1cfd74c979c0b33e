package io.wirestream.local.pipeline;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.DedupInput;
import io.wirestream.dedup.Deduplicator;
import io.wirestream.dedup.InMemoryDedupState;
import io.wirestream.dedup.Verdict;
import io.wirestream.enrich.pipeline.ArticleInFlight;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.enrich.pipeline.Origin;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The enrich stages alone, on one thread, over the very articles {@code ./wirestream bench} sends (the same generator,
 * seeds and publication times): cleanup, the dedup analysis, judging against the offline core's in-memory state, and
 * tagging of every article that is not a copy, as the stream does. No Kafka, no Avro, no stores: what the stream
 * spends per article beyond this figure is its own overhead (issue 9 asks for at most as much again).
 *
 * <p>One invocation replays the bench's backlog and live batch (phases a and c: {@link #ARTICLES} each) against a fresh
 * dedup state, so every article meets the candidates it meets in the bench; the score is per article.
 *
 * <p>Run: {@code mvn -q -pl local test-compile exec:exec@jmh -Djmh.args="EnrichStagesBenchmark"}. On a shared machine
 * {@link #main} is steadier: the same replay, timed in the thread's CPU time, so JVM options can be compared warm
 * in separate JVMs run one after the other.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 4)
public class EnrichStagesBenchmark {

    /** Articles per batch, as {@code WIRESTREAM_BENCH_ARTICLES=20000} sets for the bench: the backlog issue 9 measures. */
    private static final int ARTICLES = 20_000;

    private List<RawArticle> stream;
    private EnrichmentStages stages;
    private ArticleAnalyser analyser;
    private DedupConfig dedup;
    private Deduplicator deduplicator;

    @Setup
    public void setUp() {
        stream = java.util.stream.Stream.concat(BenchRun.backlog(ARTICLES).stream(),
                BenchRun.liveBatch(ARTICLES, ARTICLES).stream()).map(EnrichStagesBenchmark::raw).toList();
        stages = new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()),
                EntityTagger.create(KnowledgeBase.bundled()));
        dedup = DedupConfig.defaults();
        analyser = new ArticleAnalyser(dedup);
    }

    @Setup(Level.Invocation)
    public void freshState() {
        deduplicator = new Deduplicator(dedup, new InMemoryDedupState());
    }

    @Benchmark
    @OperationsPerInvocation(2 * ARTICLES) // the score is per article
    public void replay(Blackhole sink) {
        for (RawArticle raw : stream) {
            ArticleInFlight article = new ArticleInFlight(new Origin(Topics.RAW, 0, 0, null, null, 0), raw);
            stages.clean(article);
            ArticleAnalysis analysis = analyser.analyse(article.cleanBody());
            Instant published = raw.getPublishedAt();
            Verdict verdict = deduplicator.judge(raw.getId(),
                    published == null ? DedupInput.NO_EVENT_TIME : published.toEpochMilli(), analysis);
            if (!verdict.isDuplicate()) {
                stages.tag(article);
            }
            sink.consume(article);
        }
    }

    /**
     * Replays {@code args[0]} times (default 4) and prints each replay's thread CPU per article; the first replays
     * warm the JIT, the last ones are the warm figure.
     */
    public static void main(String[] args) {
        int replays = args.length > 0 ? Integer.parseInt(args[0]) : 4;
        EnrichStagesBenchmark b = new EnrichStagesBenchmark();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Blackhole sink = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        for (int round = 1; round <= replays; round++) {
            b.freshState();
            long cpu0 = threads.getCurrentThreadCpuTime();
            b.replay(sink);
            double micros = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / (2.0 * ARTICLES);
            System.out.printf("replay %d: %.1f us an article (thread CPU)%n", round, micros);
        }
    }

    private static RawArticle raw(SyntheticArticles.Article a) {
        return RawArticle.newBuilder().setId(a.id()).setSource(a.source()).setUrl(a.url()).setTitle(a.title())
                .setBody(a.body()).setLanguage(a.language()).setPublishedAt(a.publishedAt())
                .setIngestedAt(a.publishedAt()).setIngestSequence(null).build();
    }
}
