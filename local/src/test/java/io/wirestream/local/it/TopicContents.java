package io.wirestream.local.it;

import io.wirestream.local.pipeline.TopicSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the integration tests need of the broker besides the services: read a whole topic; wait for a condition. */
final class TopicContents {

    private TopicContents() {
    }

    /** Every committed record of {@code topic}, from the beginning (read_committed: no aborted writes). */
    static List<ConsumerRecord<byte[], byte[]>> readAll(Properties kafka, String topic) {
        return TopicSnapshot.readAll(kafka, topic);
    }

    /**
     * Waits until {@code condition} holds. {@code bound} limits how long the pipeline may take to deliver — a
     * liveness bound, not a speed claim; past it the test fails saying what it waited for and {@code state}.
     */
    static void awaitUntil(String what, Duration bound, BooleanSupplier condition, Supplier<String> state)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + " after " + bound.toSeconds() + " s ("
                        + state.get() + ")");
            }
            Thread.sleep(250);
        }
    }
}
