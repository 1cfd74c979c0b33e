package io.wirestream.cleanup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole cleanup of a ~5 KB English article, single thread. MB/s = ops/s x {@link #bytes} / 1e6 (printed at
 * setup). "dirty" is the seed-shaped article (trailer, ". .", flags) padded with clean paragraphs; "clean"
 * is clean paragraphs only, the common case.
 *
 * <p>Run: PATH=$JAVA_HOME/bin:$PATH mvn -q -f enrich/cleanup/pom.xml test-compile exec:exec@jmh -Djmh.args="CleanerBenchmark -f 1 -wi 3 -i 5"
 * (the exec plugin runs the java on the PATH; it must be 21+)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanerBenchmark {
    private static final int TARGET_BYTES = 5 * 1024;

    private Cleaner cleaner;
    private String dirty;
    private String clean;

    @Setup
    public void setUp() throws IOException {
        cleaner = Cleaner.create(CleanupConfig.defaults());
        String seed = SeedShapedArticleTest.read("seed-like-article.txt");
        int trailer = seed.indexOf("\nend of message");
        dirty = pad(seed.substring(0, trailer)) + seed.substring(trailer);
        clean = pad("");
        System.out.printf("%n[bytes] dirty=%d clean=%d%n", bytes(dirty), bytes(clean));
    }

    private static String pad(String start) {
        StringBuilder sb = new StringBuilder(start);
        for (JsonNode p : Fixtures.read("clean-paragraphs.jsonl")) {
            if (bytes(sb.toString()) >= TARGET_BYTES - 200) {
                break;
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p.get("text").asText());
        }
        return sb.toString();
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public CleanResult dirty() {
        return cleaner.clean("US passed warnings to the new authorities", dirty, null);
    }

    @Benchmark
    public CleanResult clean() {
        return cleaner.clean("A day of news", clean, null);
    }
}
