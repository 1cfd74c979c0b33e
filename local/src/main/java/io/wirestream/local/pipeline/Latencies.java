package io.wirestream.local.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Percentiles of a set of latencies by the nearest-rank method: the p-th percentile of n values is the
 * ⌈p/100 · n⌉-th smallest, always one of the measured values (no interpolation).
 */
record Latencies(int count, Duration p50, Duration p99, Duration max) {

    static Latencies of(Collection<Duration> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no latencies to summarise");
        }
        List<Duration> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return new Latencies(sorted.size(), percentile(sorted, 50), percentile(sorted, 99), sorted.getLast());
    }

    /** The {@code p}-th percentile (0 < p <= 100) of ascending {@code sorted} values, nearest rank. */
    static Duration percentile(List<Duration> sorted, double p) {
        if (sorted.isEmpty() || !(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile " + p + " of " + sorted.size() + " values");
        }
        int rank = (int) Math.ceil(p / 100 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /** The line scripts follow. */
    String line(double ratePerSecond) {
        return String.format(Locale.ROOT, "latency ingest -> sink row at %.1f articles/s: p50 %d ms, p99 %d ms, max %d ms"
                + " (%d rows)", ratePerSecond, p50.toMillis(), p99.toMillis(), max.toMillis(), count);
    }
}
