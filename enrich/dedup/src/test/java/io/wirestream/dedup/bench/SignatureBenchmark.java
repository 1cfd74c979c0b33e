package io.wirestream.dedup.bench;

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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.wirestream.dedup.ArticleAnalyser;
import io.wirestream.dedup.ArticleAnalysis;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.dedup.corpus.LabelledCorpus;

/**
 * Time to derive everything the deduplicator needs from a 5 KB article: NFKC, trailer stripping,
 * tokenising, the exact fingerprint (SHA-256), the MinHash signature, the figure sketch and the band keys.
 * Target: 50 µs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SignatureBenchmark {

    private ArticleAnalyser analyser;
    private String article;

    @Setup
    public void setUp() throws Exception {
        analyser = new ArticleAnalyser(DedupConfig.defaults());
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder text = new StringBuilder();
        // distinct corpus stories, joined until 5 KB: realistic vocabulary and figures
        for (LabelledCorpus.Line line : LabelledCorpus.load().lines()) {
            if (line.variant().equals("original") && text.length() < 5120) {
                text.append(mapper.readTree(line.json()).get("body").asText()).append('\n');
            }
        }
        article = text.substring(0, 5120);
    }

    @Benchmark
    public ArticleAnalysis analyse5KbArticle() {
        return analyser.analyse(article);
    }
}
