package io.wirestream.enrich.stream;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * How the exact and band stages see their input in one deterministic order, whatever the speed of the tasks
 * that feed them.
 *
 * <p>A repartition topic written by several upstream tasks interleaves their records as they happen to run, so
 * a replay could judge a copy before its original. Instead, each upstream partition writes its own topic
 * ({@code dedup-by-fingerprint-from-3}, ...), in which its records' timestamps only grow, and the downstream
 * task reads partition {@code i} of all of them: Kafka Streams then takes records across a task's partitions
 * in timestamp order, waiting up to {@code max.task.idle.ms} for an empty one. The timestamp is the
 * article's <em>order time</em> ({@link DedupRouteProcessor}): unique per article and non-decreasing per raw
 * partition, so no two articles tie. After each article an upstream task also sends a {@link
 * DedupMessage.Heartbeat} to every partition, so partitions with nothing to say still show its progress and
 * the downstream task rarely has to wait.
 *
 * <p>This partitioner sends a heartbeat to every partition and anything else to the partition the producer's
 * default would choose (murmur2 of the serialised key), so topics keyed alike stay co-partitioned.
 */
final class OrderedTopics<K> implements StreamPartitioner<K, byte[]> {

    private final Serializer<K> keys;

    OrderedTopics(Serializer<K> keys) {
        this.keys = keys;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, K key, byte[] value, int numPartitions) {
        if (DedupMessage.isHeartbeat(value)) {
            return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toSet()));
        }
        byte[] bytes = keys.serialize(topic, key);
        if (bytes == null) {
            return Optional.empty(); // the producer's own choice; our records always have keys
        }
        return Optional.of(Set.of(Utils.toPositive(Utils.murmur2(bytes)) % numPartitions));
    }
}
