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
 * is clean paragraphs only, the common case; "wireDesk" is clean paragraphs carrying the artifacts of issue 10
 * (name lines, desk tails, glued articles, doubled verbs, " . .", a closing tag, a sign-off and a separator).
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
    private String wireDesk;

    @Setup
    public void setUp() throws IOException {
        cleaner = Cleaner.create(CleanupConfig.defaults());
        String seed = SeedShapedArticleTest.read("seed-like-article.txt");
        int trailer = seed.indexOf("\nend of message");
        dirty = pad(seed.substring(0, trailer)) + seed.substring(trailer);
        clean = pad("");
        wireDesk = wireDesk(clean);
        System.out.printf("%n[bytes] dirty=%d clean=%d wireDesk=%d%n", bytes(dirty), bytes(clean), bytes(wireDesk));
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

    /** Every third paragraph gets one of the new artifacts; the article ends with a sign-off and a rule. */
    private static String wireDesk(String clean) {
        String[] artifacts = {"\nMENA", " K.R / T.M", " The minister is is expected for the The talks.",
            " The talks resume next month . .", "</textarea>", "\nQNA/Name Surname/Name Surname", " **5521**"};
        String[] paragraphs = clean.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            sb.append(paragraphs[i]);
            if (i % 3 == 1) {
                sb.append(artifacts[(i / 3) % artifacts.length]);
            }
            sb.append('\n');
        }
        return sb.append("MENA\n--(QNA)\n========").toString();
    }

    static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Benchmark
    public CleanResult dirty() {
        return cleaner.clean("US passed warnings to the new authorities", dirty, null);
    }

    @Benchmark
    public CleanResult wireDesk() {
        return cleaner.clean("A day of wire copy", wireDesk, null);
    }

    @Benchmark
    public CleanResult clean() {
        return cleaner.clean("A day of news", clean, null);
    }
}
