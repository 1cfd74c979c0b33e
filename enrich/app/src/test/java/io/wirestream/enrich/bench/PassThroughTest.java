package io.wirestream.enrich.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.ServiceConfig;
import io.wirestream.enrich.EnrichFields;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class PassThroughTest {

    @Test
    void copiesEveryRecordUnchangedAndCountsThem() {
        AtomicLong first = new AtomicLong();
        AtomicLong copied = new AtomicLong();
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "passthrough-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(
                PassThrough.topology("articles.raw", "bench.passthrough", first, copied), properties)) {
            TestInputTopic<byte[], byte[]> in = driver.createInputTopic("articles.raw", new ByteArraySerializer(),
                    new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> out = driver.createOutputTopic("bench.passthrough",
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            RecordHeaders headers = new RecordHeaders();
            headers.add("h", new byte[] {1});
            Instant time = Instant.parse("2025-01-01T00:00:00Z");
            in.pipeInput(new TestRecord<>(bytes("id-1"), new byte[] {0, 0, 0, 0, 7, 42}, headers, time));
            in.pipeInput(new TestRecord<>(bytes("id-2"), null, null, time.plusSeconds(60)));

            TestRecord<byte[], byte[]> one = out.readRecord();
            assertThat(one.key()).isEqualTo(bytes("id-1"));
            assertThat(one.value()).isEqualTo(new byte[] {0, 0, 0, 0, 7, 42});
            assertThat(one.headers().lastHeader("h").value()).isEqualTo(new byte[] {1});
            assertThat(one.getRecordTime()).isEqualTo(time);
            TestRecord<byte[], byte[]> two = out.readRecord();
            assertThat(two.key()).isEqualTo(bytes("id-2"));
            assertThat(two.value()).isNull();
            assertThat(out.isEmpty()).isTrue();
            assertThat(copied.get()).isEqualTo(2);
            assertThat(first.get()).isNotZero();
        }
    }

    @Test
    void runsExactlyOnceUnderItsOwnApplicationIdWithEnrichsCommitInterval() {
        ServiceConfig config = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .set("kafka.processing.guarantee", "at_least_once").build();
        Properties streams = PassThrough.streamsProperties(config, "bench-passthrough-1");
        assertThat(streams).containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "bench-passthrough-1")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        ServiceConfig slower = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .set("kafka.commit.interval.ms", "1000").build();
        assertThat(PassThrough.streamsProperties(slower, "x")).containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "1000");
    }

    @Test
    void batchesItsSendsAsEnrichDoesUnlessTheUserSetsTheBatchSize() {
        ServiceConfig plain = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults().build();
        String batch = StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);
        assertThat(PassThrough.streamsProperties(plain, "x")).containsEntry(batch, "262144");
        ServiceConfig own = ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .set("kafka.batch.size", "65536").build();
        Properties p = PassThrough.streamsProperties(own, "x");
        // Streams lets a producer-prefixed key win over the plain one, so ours must not be there at all
        assertThat(p).doesNotContainKey(batch).containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "65536");
        assertThat(new StreamsConfig(p).getProducerConfigs("c")).containsEntry(ProducerConfig.BATCH_SIZE_CONFIG,
                "65536");
    }

    @Test
    void caughtUpOnlyWhenEveryPartitionWithRecordsIsCommittedToItsEnd() {
        TopicPartition p0 = new TopicPartition("articles.raw", 0);
        TopicPartition p1 = new TopicPartition("articles.raw", 1);
        Map<TopicPartition, Long> ends = Map.of(p0, 10L, p1, 0L);
        assertThat(PassThrough.caughtUp(Map.of(), ends)).isFalse();
        assertThat(PassThrough.caughtUp(Map.of(p0, new OffsetAndMetadata(9)), ends)).isFalse();
        assertThat(PassThrough.caughtUp(Map.of(p0, new OffsetAndMetadata(10)), ends)).isTrue();
    }

    @Test
    void theResultLineNamesRecordsAndBothDurations() {
        assertThat(PassThrough.resultLine(2000, 8.0, 2.5)).isEqualTo(
                "passthrough: 2000 records in 8.000 s from JVM start (250 records/s), 2.500 s from its first record (800 records/s)");
        assertThat(PassThrough.resultLine(0, 3.0, -1)).isEqualTo("passthrough: 0 records in 3.000 s from JVM start (0 records/s)");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
