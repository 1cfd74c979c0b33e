package io.wirestream.cleanup;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting the benchmark JVM's CPU time per operation ("cpu.us/op"), JIT and GC threads
 * included. On our shared two-core machine the wall-clock score mostly measures how much CPU the other
 * sessions left us; CPU time per operation is what one core actually spends, so "MB/s per core" is bytes
 * divided by it. Run with {@code -prof io.wirestream.cleanup.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long start;

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        start = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - start;
        long ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.us/op", cpuNanos / 1e3 / ops, "us/op", AggregationPolicy.AVG));
    }
}
