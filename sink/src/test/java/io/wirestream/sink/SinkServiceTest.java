package io.wirestream.sink;

import static io.wirestream.sink.TestArticles.article;
import static io.wirestream.sink.TestArticles.duplicate;
import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.config.ServiceConfig;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.sink.db.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole service over Kafka's mock clients: start, drain a batch, answer over HTTP, close. */
class SinkServiceTest {

    @TempDir
    Path folder;

    private final Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());

    private ServiceConfig config(String... overrides) {
        ServiceConfig.Builder builder = ServiceConfig.builder("sink").fields(SinkFields.ALL)
                .set("sink.jdbc.url", TestDatabase.h2Settings(folder).url())
                .set("sink.http.port", "-1")
                .set("sink.http.host", "127.0.0.1")
                .set("sink.poll.timeout", "10")
                .set("kafka.bootstrap.servers", "broker:9092")
                .set("kafka.security.protocol", "SSL");
        for (int i = 0; i < overrides.length; i += 2) {
            builder.set(overrides[i], overrides[i + 1]);
        }
        return builder.build();
    }

    @Test
    void storesWhatItConsumesAndServesIt() throws Exception {
        TopicPartition enriched = new TopicPartition(Topics.ENRICHED, 0);
        TopicPartition duplicates = new TopicPartition(Topics.DUPLICATES, 0);
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        CountDownLatch firstBatchHandled = new CountDownLatch(1);
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(enriched, duplicates));
            consumer.updateBeginningOffsets(Map.of(enriched, 0L, duplicates, 0L));
            consumer.addRecord(record(Topics.ENRICHED, 0, "a1", serialize(article("a1", "Ahmad al-Sharaa"))));
            consumer.addRecord(record(Topics.ENRICHED, 1, "a2", serialize(article("a2", "City Idlib"))));
            consumer.addRecord(record(Topics.ENRICHED, 2, "bad", new byte[] {7}));
            consumer.addRecord(record(Topics.DUPLICATES, 0, "d1", topics.duplicates().valueSerde().serializer()
                    .serialize(Topics.DUPLICATES, duplicate("d1", "a1", DuplicateKind.EXACT, 1.0))));
        });
        // the loop is sequential: the poll after the first batch starts only once that batch is committed
        consumer.schedulePollTask(firstBatchHandled::countDown);

        try (SinkService service = SinkService.create(config(), topics, consumer, producer)) {
            service.start();
            assertThat(firstBatchHandled.await(2, TimeUnit.MINUTES)).as("hang guard: the loop never polled twice")
                    .isTrue();

            assertThat(service.isRunning()).isTrue();
            assertThat(service.articleCount()).isEqualTo(2);
            assertThat(service.duplicateLinkCount()).isEqualTo(1);
            assertThat(service.tableCounts()).containsEntry("mentions", 2L);
            assertThat(service.stats().deadLetters()).isEqualTo(1);
            assertThat(service.stats().batchesCommitted()).isEqualTo(1);
            assertThat(consumer.committed(java.util.Set.of(enriched)).get(enriched).offset()).isEqualTo(3);
            assertThat(producer.history()).singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo(Topics.DEAD_LETTERS));
            assertThat(service.scrapeMetrics()).contains("wirestream_sink_articles_upserted_total 2.0");

            HttpResponse<String> recent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + service.httpPort() + "/api/articles")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(recent.statusCode()).isEqualTo(200);
            assertThat(recent.body()).contains("\"id\":\"a1\"", "\"id\":\"a2\"");
        }
        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void portZeroDisablesTheApiAndCloseWithoutStartClosesTheClients() {
        MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
        MockProducer<byte[], byte[]> producer =
                new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
        SinkService service = SinkService.create(config("sink.http.port", "0"), topics, consumer, producer);
        assertThat(service.httpPort()).isEqualTo(-1);
        assertThat(service.isRunning()).isFalse();
        service.close();
        service.close();
        assertThat(consumer.closed()).isTrue();
        assertThat(producer.closed()).isTrue();
    }

    @Test
    void theConsumerSettingsTheGuaranteeRestsOnCannotBeOverridden() {
        ServiceConfig config = config("kafka.enable.auto.commit", "true", "kafka.isolation.level", "read_uncommitted",
                "sink.group.id", "my-sink");
        Properties consumer = SinkService.consumerProperties(config);

        assertThat(consumer).containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed")
                .containsEntry(ConsumerConfig.GROUP_ID_CONFIG, "my-sink")
                .containsEntry("bootstrap.servers", "broker:9092")
                .containsEntry("security.protocol", "SSL");
        assertThat(SinkService.producerProperties(config)).containsEntry("acks", "all")
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void anInstanceIdMakesTheConsumerAStaticMember() {
        assertThat(SinkService.consumerProperties(config("instance.id", "host-7")))
                .containsEntry(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "sink-host-7");
        assertThat(SinkService.consumerProperties(config())).doesNotContainKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
    }

    private byte[] serialize(EnrichedArticle article) {
        return topics.enriched().valueSerde().serializer().serialize(Topics.ENRICHED, article);
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(topic, 0, offset, key.getBytes(StandardCharsets.UTF_8), value);
    }
}
