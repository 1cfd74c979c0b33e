package io.wirestream.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StopTogetherTest {

    @Test
    void theStopsRunAtOnceAndAllHaveFinishedWhenItReturns() {
        // each stop waits for the other to have started: run one after the other, neither would ever see it
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicInteger finished = new AtomicInteger();
        Runnable stop = () -> {
            bothStarted.countDown();
            try {
                if (bothStarted.await(30, TimeUnit.SECONDS)) {
                    finished.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        StopTogether.run(List.of(stop, stop));
        assertThat(finished).hasValue(2);
    }

    @Test
    void anInterruptArrivingBeforeTheWaitIsKeptForTheCaller() {
        Thread.currentThread().interrupt();
        StopTogether.run(List.of(() -> { }, () -> { }));
        assertThat(Thread.interrupted()).isTrue(); // and cleared here for the next test
    }
}
