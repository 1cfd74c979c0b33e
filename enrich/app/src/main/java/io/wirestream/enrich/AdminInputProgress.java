package io.wirestream.enrich;

import io.wirestream.enrich.stream.InputProgress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link InputProgress} from the broker: a background thread asks, a few times a second, for the end offsets of
 * articles.raw and the offsets the application has committed on it. Each look is stamped with the time it was
 * asked, so the judging task trusts it only for articles that arrived well before it.
 */
final class AdminInputProgress implements InputProgress, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AdminInputProgress.class);

    private final Admin admin;
    private final String topic;
    private final String group;
    private volatile Snapshot snapshot = Snapshot.NONE;
    private long polls;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "enrich-input-progress");
        thread.setDaemon(true);
        return thread;
    });

    AdminInputProgress(Admin admin, String topic, String group, int partitions, Duration every) {
        this.admin = admin;
        this.topic = topic;
        this.group = group;
        poller.scheduleWithFixedDelay(() -> poll(partitions), 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }

    private void poll(int partitions) {
        try {
            long asked = System.currentTimeMillis();
            Map<Integer, Long> ends = new HashMap<>();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (int p = 0; p < partitions; p++) {
                request.put(new TopicPartition(topic, p), OffsetSpec.latest());
            }
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp.partition(), info.offset()));
            // committed offsets only matter for a partition ending in what is not a record: ask less often
            Map<Integer, Long> committed = snapshot.committed();
            if (polls++ % 5 == 0) {
                Map<Integer, Long> fresh = new HashMap<>();
                admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                        .forEach((tp, offset) -> {
                            if (tp.topic().equals(topic) && offset != null) {
                                fresh.put(tp.partition(), offset.offset());
                            }
                        });
                committed = Map.copyOf(fresh);
            }
            snapshot = new Snapshot(Map.copyOf(ends), committed, asked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("could not read the progress of {}: {}", topic, e.toString());
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
