package io.wirestream.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the whole tagger on 5 KB articles (built from the labelled set and the seed text), one thread.
 * MB/s = ops/s x {@link #ARTICLE_CHARS} / 1e6 (ASCII-dominated text: chars ~ bytes). Not a test: run with
 * {@code mvn -q -f enrich/tagging/pom.xml test-compile exec:exec@jmh -Djmh.args="TaggerBenchmark -f 1 -wi 3 -i 5"}.
 * On a shared machine wall-clock throughput mostly measures the neighbours; {@link #main} reports the same
 * loop in CPU time of the tagging thread, which they disturb far less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaggerBenchmark {
    static final int ARTICLE_CHARS = 5 * 1024;
    private static final String[] SOURCES = {"01-kyiv-munich", "02-syria-sdf", "03-gaza-talks", "04-iran-iaea",
            "05-sudan-fasher", "06-iraq-isil", "07-eu-summit", "08-afpak-border", "09-lebanon-south", "10-red-sea",
            "11-sahel", "12-venezuela", "13-taiwan-strait", "14-opec-oil", "15-cop-belem", "16-istanbul-mayor"};

    private EntityTagger tagger;
    private List<String> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        tagger = EntityTagger.create(KnowledgeBase.bundled());
        StringBuilder all = new StringBuilder(read("/io/wirestream/tagging/seed/seed-article.txt"));
        for (String s : SOURCES) {
            all.append('\n').append(read("/io/wirestream/tagging/eval/articles/" + s + ".txt"));
        }
        articles = new ArrayList<>();
        // 5 KB windows starting at different paragraphs, so the benchmark sees varied text
        String text = all.toString();
        for (int start = 0; start + ARTICLE_CHARS <= text.length(); start = text.indexOf('\n', start + 700) + 1) {
            articles.add(text.substring(start, start + ARTICLE_CHARS));
            if (start == 0 && text.indexOf('\n', 700) < 0) {
                break;
            }
        }
    }

    @Benchmark
    public void tagFiveKilobyteArticle(Blackhole bh) {
        String article = articles.get(next);
        next = next + 1 == articles.size() ? 0 : next + 1;
        bh.consume(tagger.tag(article, LocalDate.of(2025, 1, 24)));
    }

    /** MB/s per core in CPU time of this thread: 6 rounds of 3 s, the first ones warm the JIT. */
    public static void main(String[] args) throws IOException {
        TaggerBenchmark b = new TaggerBenchmark();
        b.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        LocalDate published = LocalDate.of(2025, 1, 24);
        for (int round = 1; round <= 6; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            long chars = 0;
            int ops = 0;
            while (System.nanoTime() - wall0 < 3_000_000_000L) {
                String article = b.articles.get(ops % b.articles.size());
                chars += article.length();
                if (b.tagger.tag(article, published).isEmpty()) {
                    throw new IllegalStateException("no entities in a benchmark article");
                }
                ops++;
            }
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            double wallSeconds = (System.nanoTime() - wall0) / 1e9;
            System.out.printf("round %d: %d articles, %.1f MB/s per core (CPU time), %.1f MB/s wall%n", round, ops,
                    chars / cpuSeconds / 1e6, chars / wallSeconds / 1e6);
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = TaggerBenchmark.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
