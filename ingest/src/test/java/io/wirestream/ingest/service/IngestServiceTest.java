package io.wirestream.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IngestServiceTest {

    @Test
    void aSourceThatThrowsIsCountedAndRestartedWhileTheOthersGoOn() throws Exception {
        IngestMetrics metrics = new IngestMetrics();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch steadyRan = new CountDownLatch(1);
        Source crashing = new Source() {
            @Override
            public String name() {
                return "crashing";
            }

            @Override
            public void run() {
                if (runs.incrementAndGet() == 1) {
                    throw new IllegalStateException("boom");
                }
                metrics.source("crashing").fetched(1); // the second run ends normally: the source is done
            }
        };
        Source steady = new Source() {
            @Override
            public String name() {
                return "steady";
            }

            @Override
            public void run() {
                metrics.source("steady").fetched(1);
                steadyRan.countDown();
            }
        };
        metrics.source("crashing");
        metrics.source("steady");
        try (IngestService service = new IngestService(List.of(crashing, steady), metrics, Duration.ofSeconds(10),
                Duration.ofMillis(10))) {
            service.start();
            assertThat(steadyRan.await(30, TimeUnit.SECONDS)).isTrue();
            service.awaitSources();
        }
        assertThat(runs.get()).isEqualTo(2);
        assertThat(metrics.source("crashing").line()).isEqualTo("crashing: fetched 1, new 0, produced 0, errors 1");
        assertThat(metrics.source("steady").fetched()).isEqualTo(1);
        assertThat(metrics.prometheus()).contains("wirestream_ingest_errors_total{source=\"crashing\"} 1.0");
    }
}
