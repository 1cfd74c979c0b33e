package io.wirestream.local.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Every committed record of a topic as it stands now: what the fault suite's ledger and the tests count. */
public final class TopicSnapshot {

    private TopicSnapshot() {
    }

    /**
     * The records of {@code topic} from the beginning up to the end offsets at the time of the call, read_committed
     * (no aborted writes) and without a consumer group; empty when the topic does not exist (looking must not
     * create it). {@code kafka} holds the connection settings.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(Properties kafka, String topic) {
        Properties p = new Properties();
        p.putAll(kafka);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        // a record may be as large as the pipeline allows (RecordLimits): one fetch must hold it
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(16 * 1024 * 1024));
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<PartitionInfo> info = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (info == null || info.isEmpty()) {
                return out;
            }
            List<TopicPartition> partitions = info.stream().map(i -> new TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
