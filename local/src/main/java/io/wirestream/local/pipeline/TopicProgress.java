package io.wirestream.local.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads how far the pipeline got from the broker alone: records committed to each topic, and whether a
 * consumer group has committed everything of a topic (no lag). Offsets count transaction markers too, so
 * "records" here is an upper bound; lag is exact (both sides see the same markers).
 */
public final class TopicProgress {

    private final Admin admin;
    private final Map<String, Integer> partitionCounts = new ConcurrentHashMap<>();

    public TopicProgress(Admin admin) {
        this.admin = admin;
    }

    /** Committed (read_committed) end offsets of every partition of {@code topic}; empty when it does not exist yet. */
    public Map<TopicPartition, Long> endOffsets(String topic) throws InterruptedException {
        return endOffsets(List.of(topic)).getOrDefault(topic, Map.of());
    }

    /**
     * Committed (read_committed) end offsets of every partition of each topic, in one request; a topic that does not
     * exist yet is left out. Partition counts are asked once per topic (they do not change during a run).
     */
    Map<String, Map<TopicPartition, Long>> endOffsets(Collection<String> topics) throws InterruptedException {
        try {
            List<String> unknown = topics.stream().filter(t -> !partitionCounts.containsKey(t)).toList();
            if (!unknown.isEmpty()) {
                admin.describeTopics(unknown).topicNameValues().forEach((topic, future) -> {
                    try {
                        partitionCounts.put(topic, future.get(10, TimeUnit.SECONDS).partitions().size());
                    } catch (ExecutionException | TimeoutException e) {
                        // not there yet: asked again on the next look
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (String topic : topics) {
                for (int p = 0; p < partitionCounts.getOrDefault(topic, 0); p++) {
                    request.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            Map<String, Map<TopicPartition, Long>> ends = new HashMap<>();
            if (request.isEmpty()) {
                return ends;
            }
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS)
                    .forEach((tp, info) -> ends.computeIfAbsent(tp.topic(), t -> new HashMap<>()).put(tp, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }

    /** The sum of {@code topic}'s end offsets: its record count when nothing transactional writes it (articles.raw). */
    static long sum(Map<TopicPartition, Long> ends) {
        return ends == null ? 0 : ends.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What {@code group} has committed, by partition; null when the broker did not say (not caught up, then). */
    public Map<TopicPartition, OffsetAndMetadata> committed(String group) throws InterruptedException {
        try {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** Whether {@code committed} reaches {@code ends} on every partition of a topic (false for an unknown topic). */
    public static boolean caughtUp(Map<TopicPartition, OffsetAndMetadata> committed, Map<TopicPartition, Long> ends) {
        if (committed == null || ends.isEmpty()) {
            return false;
        }
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long position = done == null ? 0 : done.offset();
            if (end.getValue() > 0 && position < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
