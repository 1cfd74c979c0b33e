package io.wirestream.local.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads how far the pipeline got from the broker alone: records committed to each topic, and whether a
 * consumer group has committed everything of a topic (no lag). Offsets count transaction markers too, so
 * "records" here is an upper bound; lag is exact (both sides see the same markers).
 */
final class TopicProgress {

    private final Admin admin;

    TopicProgress(Admin admin) {
        this.admin = admin;
    }

    /** Committed (read_committed) end offsets of every partition of {@code topic}; empty when it does not exist yet. */
    Map<TopicPartition, Long> endOffsets(String topic) throws InterruptedException {
        try {
            Map<String, TopicDescription> described = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            described.get(topic).partitions().forEach(p -> request.put(new TopicPartition(topic, p.partition()),
                    OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(10, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        } catch (ExecutionException | TimeoutException e) {
            return Map.of();
        }
    }

    /**
     * The topics a Kafka Streams application reads besides its sources: its repartition topics, named
     * {@code <application.id>-<name>-repartition}. Data in flight between its stages waits there.
     */
    List<String> repartitionTopics(String applicationId) throws InterruptedException {
        try {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition")).sorted().toList();
        } catch (ExecutionException | TimeoutException e) {
            return List.of();
        }
    }

    /** Whether {@code group} has committed up to the end of every partition of {@code topic}. */
    boolean caughtUp(String group, String topic) throws InterruptedException {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        if (ends.isEmpty()) {
            return false;
        }
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
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
