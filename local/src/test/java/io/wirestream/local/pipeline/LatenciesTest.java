package io.wirestream.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankOfOneToAHundredMilliseconds() {
        List<Duration> values = new ArrayList<>();
        for (int ms = 1; ms <= 100; ms++) {
            values.add(Duration.ofMillis(ms));
        }
        Collections.shuffle(values, new Random(1)); // input order does not matter
        Latencies latencies = Latencies.of(values);
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isEqualTo(Duration.ofMillis(50));
        assertThat(latencies.p99()).isEqualTo(Duration.ofMillis(99));
        assertThat(latencies.max()).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void percentilesAreMeasuredValuesNeverInterpolated() {
        List<Duration> sorted = List.of(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(1000));
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(Duration.ofMillis(20)); // rank ceil(1.5) = 2
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(Duration.ofMillis(1000)); // rank ceil(2.97) = 3
        assertThat(Latencies.percentile(sorted, 1)).isEqualTo(Duration.ofMillis(10));
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void oneValueIsEveryPercentile() {
        Latencies one = Latencies.of(List.of(Duration.ofMillis(7)));
        assertThat(one.p50()).isEqualTo(one.p99()).isEqualTo(one.max()).isEqualTo(Duration.ofMillis(7));
    }

    @Test
    void theP99OfTwoHundredIsTheSecondLargest() {
        List<Duration> values = new ArrayList<>();
        for (int ms = 1; ms <= 200; ms++) {
            values.add(Duration.ofMillis(ms));
        }
        assertThat(Latencies.of(values).p99()).isEqualTo(Duration.ofMillis(198)); // rank 198 of 200
    }

    @Test
    void theLineNamesRateCountAndPercentiles() {
        Latencies latencies = new Latencies(212, Duration.ofMillis(840), Duration.ofMillis(5230), Duration.ofMillis(6010));
        assertThat(latencies.line(6.5)).isEqualTo(
                "latency ingest -> sink row at 6.5 articles/s: p50 840 ms, p99 5230 ms, max 6010 ms (212 rows)");
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Latencies.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(List.of(Duration.ZERO), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
