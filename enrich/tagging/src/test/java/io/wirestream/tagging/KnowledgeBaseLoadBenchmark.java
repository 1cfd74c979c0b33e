package io.wirestream.tagging;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold load of the bundled knowledge base (single shot in fresh forks: the first load of a JVM is what a
 * service start pays), and a main() that reports the retained heap of a loaded base. Not a test; run with
 * {@code mvn -q -f enrich/tagging/pom.xml test-compile exec:exec@jmh -Djmh.args="KnowledgeBaseLoadBenchmark"}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class KnowledgeBaseLoadBenchmark {

    @Benchmark
    public KnowledgeBase loadBundledCold() {
        return KnowledgeBase.loadBundled();
    }

    /** Retained heap of one loaded base: used heap after GC with it held, minus before. */
    public static void main(String[] args) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.loadBundled();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        System.out.printf("entries=%d load=%d ms retained heap=%.1f MB%n", kb.size(), loadMs, (after - before) / 1e6);
    }
}
