package io.wirestream.sink.consume;

import io.wirestream.sink.db.ChangeWriter;
import io.wirestream.sink.db.SqlFailures;
import io.wirestream.sink.db.WriteCounts;
import io.wirestream.sink.metrics.SinkMetrics;
import io.wirestream.sink.row.Change;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's consumer loop. For each poll: decode every record on its own (a bad one is rejected, the rest
 * go on), write the batch in ONE database transaction, publish the rejections as dead letters, and only
 * then commit the batch's offsets. If the database (or the registry, or the dead-letter topic) fails, the
 * consumer is rewound to the batch's first offsets and polls the same records again after a backoff:
 * nothing is committed that is not stored, and polling continues so the consumer keeps its partitions.
 * A crash between the database commit and the offset commit redelivers the batch; the upserts make the
 * second write a no-op, so the sink is effectively exactly-once.
 */
public final class SinkLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(SinkLoop.class);

    private final Consumer<byte[], byte[]> consumer;
    private final RecordDecoder decoder;
    private final ChangeWriter store;
    private final DeadLetters deadLetters;
    private final SinkMetrics metrics;
    private final Backoff backoff;
    private final Duration pollTimeout;
    private final ProgressLog progress;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final CountDownLatch closeRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong lag = new AtomicLong(-1);
    private final Map<TopicPartition, Long> lastCommitted = new HashMap<>();

    public SinkLoop(Consumer<byte[], byte[]> consumer, RecordDecoder decoder, ChangeWriter store,
                    DeadLetters deadLetters, SinkMetrics metrics, Backoff backoff, Duration pollTimeout,
                    Duration progressInterval, Clock clock) {
        this.consumer = consumer;
        this.decoder = decoder;
        this.store = store;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.backoff = backoff;
        this.pollTimeout = pollTimeout;
        this.progress = new ProgressLog(metrics, progressInterval, clock);
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(decoder.topicNames());
            log.info("consuming {}", decoder.topicNames());
            while (running.get()) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
                boolean committed = records.isEmpty() ? commitPositionsWhenIdle() : handle(records);
                lag.set(committed ? currentLag() : -1);
                progress.maybeLog();
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e; // a wakeup nobody asked for through close()
            }
        } catch (RuntimeException | Error e) {
            log.error("sink consumer loop stopped by an unexpected failure; uncommitted records will be "
                    + "redelivered on restart", e);
            throw e;
        } finally {
            try {
                consumer.close();
            } finally {
                stopped.countDown();
                log.info("sink consumer stopped");
            }
        }
    }

    /** Stores one polled batch; returns whether its offsets were committed. */
    boolean handle(ConsumerRecords<byte[], byte[]> records) {
        metrics.recordsConsumed(records.count());
        List<Decoded> decoded = new ArrayList<>(records.count());
        List<Rejection> rejections = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                decoder.decode(record).ifPresent(change -> decoded.add(new Decoded(record, change)));
            } catch (RegistryUnavailableException e) {
                return retryLater(records, e.getMessage());
            } catch (RuntimeException e) {
                // UndecodableRecordException, InvalidRecordException, or any other failure of this record
                // alone: decoding is deterministic, so retrying would fail the same way and stop the partition
                log.warn("rejecting record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                        e.getMessage());
                rejections.add(new Rejection(record, e));
            }
        }
        try {
            write(decoded, rejections);
        } catch (SQLException | RuntimeException e) {
            return retryLater(records, "database write failed: " + e);
        }
        try {
            deadLetters.publish(rejections);
        } catch (DeadLetters.DeadLetterException | RuntimeException e) {
            return retryLater(records, e.getMessage());
        }
        metrics.deadLettered(rejections.size());
        commit(nextOffsets(records), true);
        backoff.reset();
        return true;
    }

    /**
     * Writes the batch in one transaction. If the database refuses the data itself (not its own state), the
     * batch is written record by record to find the offenders, which join the rejections.
     */
    private void write(List<Decoded> decoded, List<Rejection> rejections) throws SQLException {
        List<Change> changes = decoded.stream().map(Decoded::change).toList();
        try {
            count(store.apply(changes));
        } catch (SQLException e) {
            if (!SqlFailures.isCausedByData(e)) {
                throw e;
            }
            log.warn("the database refused a batch of {} changes ({}); writing them one by one", changes.size(),
                    e.getMessage());
            for (Decoded one : decoded) {
                try {
                    count(store.apply(List.of(one.change())));
                } catch (SQLException refused) {
                    if (!SqlFailures.isCausedByData(refused)) {
                        throw refused;
                    }
                    ConsumerRecord<byte[], byte[]> record = one.record();
                    log.warn("rejecting record {}-{}@{}: the database refused it: {}", record.topic(),
                            record.partition(), record.offset(), refused.getMessage());
                    rejections.add(new Rejection(record, refused));
                }
            }
        }
    }

    private void count(WriteCounts counts) {
        metrics.written(counts.articlesUpserted(), counts.articlesDeleted(), counts.duplicateLinksUpserted(),
                counts.mentionsWritten());
        metrics.olderVersionsSkipped(counts.olderVersionsSkipped());
    }

    /**
     * With nothing to read, commits the positions themselves: a transactional writer's commit markers sit after
     * its last record, and committing last offset + 1 would leave them looking like lag to anyone watching the
     * group (the local runner's drain check, monitoring). Only positions past this process's last commit are sent,
     * and every position this process has not committed yet: a sink restarted after storing a batch and committing
     * its last offset + 1, but before this idle commit, has nothing left to read, and would otherwise leave the
     * marker uncommitted until new records came (the fault suite's "not drained" after a sink kill).
     */
    boolean commitPositionsWhenIdle() {
        Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            long position;
            try {
                position = consumer.position(partition, Duration.ZERO);
            } catch (RuntimeException e) {
                continue; // position not known yet (e.g. still being fetched): nothing to commit for it
            }
            Long last = lastCommitted.get(partition);
            if (last == null || position > last) {
                moved.put(partition, new OffsetAndMetadata(position));
            }
        }
        if (!moved.isEmpty()) {
            commit(moved, false);
        }
        return true;
    }

    /** Commits the offsets; {@code batch}: they follow a stored batch (counted), not an idle move past markers. */
    private void commit(Map<TopicPartition, OffsetAndMetadata> offsets, boolean batch) {
        try {
            consumer.commitSync(offsets);
            offsets.forEach((partition, offset) -> lastCommitted.put(partition, offset.offset()));
            if (batch) {
                metrics.batchCommitted();
            }
        } catch (CommitFailedException e) {
            // the group rebalanced while we wrote: the new owner re-reads these records and the upserts absorb it
            log.warn("offset commit refused after a rebalance; the batch will be redelivered: {}", e.getMessage());
        } catch (WakeupException | InterruptException e) {
            throw e; // closing: the batch is stored, a restart re-reads it harmlessly
        } catch (KafkaException e) {
            // e.g. a rebalance in progress or a coordinator timeout: the rows are stored, so carrying on is
            // safe; the next successful commit covers these offsets too, and a restart before it re-reads them
            log.warn("offset commit failed; continuing (stored rows make a re-read harmless): {}", e.toString());
        }
    }

    /** Rewinds to the batch's first offsets so the next poll returns it again, after a backoff pause. */
    private boolean retryLater(ConsumerRecords<byte[], byte[]> records, String reason) {
        metrics.retried();
        Set<TopicPartition> assigned = consumer.assignment();
        for (TopicPartition partition : records.partitions()) {
            if (assigned.contains(partition)) {
                consumer.seek(partition, records.records(partition).get(0).offset());
            }
        }
        Duration delay = backoff.nextDelay();
        log.warn("batch of {} records not stored (attempt {}), retrying in {} ms: {}", records.count(),
                backoff.failures(), delay.toMillis(), reason);
        try {
            closeRequested.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.set(false);
        }
        return false;
    }

    /** Records behind the end of the assigned partitions, or -1 when not (yet) known. */
    private long currentLag() {
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            return -1;
        }
        long total = 0;
        for (TopicPartition partition : assigned) {
            OptionalLong of;
            try {
                of = consumer.currentLag(partition);
            } catch (RuntimeException e) {
                return -1; // a client that cannot tell (e.g. a mock) means unknown, not zero
            }
            if (of.isEmpty()) {
                return -1;
            }
            total += of.getAsLong();
        }
        return total;
    }

    /**
     * Records between the committed position and the end of the assigned partitions, as of the last poll;
     * -1 while unknown (no assignment yet, a retry pending, or the end offsets not fetched yet). Zero means
     * everything the sink has been given so far is stored and committed.
     */
    public long lag() {
        return lag.get();
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> of = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(of.get(of.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Asks the loop to stop and waits until the consumer is closed (or {@code timeout} passes). */
    public boolean close(Duration timeout) throws InterruptedException {
        running.set(false);
        closeRequested.countDown();
        consumer.wakeup();
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True once the loop has ended and closed its consumer. */
    public boolean isStopped() {
        return stopped.getCount() == 0;
    }

    private record Decoded(ConsumerRecord<byte[], byte[]> record, Change change) {
    }
}
