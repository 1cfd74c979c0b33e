package io.wirestream.local.pipeline;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Counts the committed records of some topics by reading them (offsets alone would also count the transaction
 * markers that exactly-once writers leave), incrementally: one long-lived read_committed consumer, and each look
 * reads only what was committed since the previous one. Records of one topic can be told apart by a header: those
 * whose {@value #SOURCE_TOPIC_HEADER} header names a given source topic are counted on their own (enrich marks its
 * dead letters so; the sink's dead letters, on the same topic, carry no such header).
 */
final class TopicCounter implements AutoCloseable {

    /** Header enrich puts on its dead letters: the topic the rejected record came from, UTF-8. */
    static final String SOURCE_TOPIC_HEADER = "wirestream.source.topic";

    private final KafkaConsumer<Void, Void> consumer;
    private final List<String> topics;
    private final byte[] sourceTopic;
    private final Set<String> assigned = new HashSet<>();
    private final Set<TopicPartition> partitions = new HashSet<>();
    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, Long> fromSource = new HashMap<>();

    /**
     * @param topics      the topics to count; one that does not exist yet is counted from when it appears
     * @param sourceTopic the value of {@value #SOURCE_TOPIC_HEADER} that {@link #countFromSource} counts
     */
    TopicCounter(String bootstrapServers, List<String> topics, String sourceTopic) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"); // looking must not create a topic
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "wirestream-local-counter");
        // The counter reads every byte enrich writes while bench times enrich on the same two cores: it skips the
        // CRC check and never copies a key or value (copying articles.enriched was most of its CPU).
        properties.put(ConsumerConfig.CHECK_CRCS_CONFIG, "false");
        this.consumer = new KafkaConsumer<>(properties, new Unread(), new Unread());
        this.topics = List.copyOf(topics);
        this.sourceTopic = sourceTopic.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads what was committed since the last call, up to the (read_committed) end offsets of now. Returns whether
     * it got there within {@code budget}; if not, the counts are partial and the next call goes on from there.
     */
    boolean catchUp(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        assignNewTopics();
        if (partitions.isEmpty()) {
            return true;
        }
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, budget);
        while (!reached(ends)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            for (ConsumerRecord<Void, Void> record : consumer.poll(Duration.ofMillis(100))) {
                counts.merge(record.topic(), 1L, Long::sum);
                Header source = record.headers().lastHeader(SOURCE_TOPIC_HEADER);
                if (source != null && java.util.Arrays.equals(source.value(), sourceTopic)) {
                    fromSource.merge(record.topic(), 1L, Long::sum);
                }
            }
        }
        return true;
    }

    /** Committed records of {@code topic} read so far. */
    long count(String topic) {
        return counts.getOrDefault(topic, 0L);
    }

    /** Of those, the records whose {@value #SOURCE_TOPIC_HEADER} header names the source topic given at construction. */
    long countFromSource(String topic) {
        return fromSource.getOrDefault(topic, 0L);
    }

    private void assignNewTopics() {
        if (assigned.size() == topics.size()) {
            return;
        }
        Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(5));
        List<TopicPartition> added = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = existing.get(topic);
            if (!assigned.contains(topic) && infos != null && !infos.isEmpty()) {
                infos.forEach(info -> added.add(new TopicPartition(topic, info.partition())));
                assigned.add(topic);
            }
        }
        if (!added.isEmpty()) {
            partitions.addAll(added);
            consumer.assign(partitions); // partitions already assigned keep their positions
            consumer.seekToBeginning(added);
        }
    }

    private boolean reached(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        consumer.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
    }

    /** A key or value left unread: counting needs only the record and its headers. */
    private static final class Unread implements Deserializer<Void> {
        @Override
        public Void deserialize(String topic, byte[] data) {
            return null;
        }

        @Override
        public Void deserialize(String topic, Headers headers, ByteBuffer data) {
            return null; // the default would copy the buffer into an array first
        }
    }
}
