package io.wirestream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.RawArticle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

    private static final Instant NOW = Instant.parse("2025-02-01T12:00:00Z");

    private static final Topics TOPICS = Topics.withRegistry(new InMemorySchemaRegistryClient());

    /** A producer that acknowledges at once and keeps what it was sent. */
    private static MockProducer<String, RawArticle> producer() {
        return new MockProducer<>(true, null, new StringSerializer(), TOPICS.raw().valueSerde().serializer());
    }

    private static Ingester ingester(MockProducer<String, RawArticle> producer) {
        return new Ingester(producer, TOPICS.raw(), new ArticleReader(1 << 20, null), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void producesEachArticleWithItsIdAndEventTime(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), String.join("\n",
                "{\"id\":\"given\",\"body\":\"With a date.\",\"publishedAt\":\"2025-01-24T10:00:00Z\"}",
                "{\"source\":\"AP\",\"url\":\"https://example.org/x\",\"body\":\"No date.\"}",
                "{\"body\":\"\"}"));
        MockProducer<String, RawArticle> producer = producer();
        Ingester ingester = ingester(producer);

        IngestReport report = ingester.ingest(List.of(dir));

        assertThat(report.read()).isEqualTo(2);
        assertThat(report.produced()).isEqualTo(2);
        assertThat(report.problems()).hasSize(1);
        List<ProducerRecord<String, RawArticle>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::topic).containsOnly("articles.raw");
        assertThat(sent.get(0).key()).isEqualTo("given");
        assertThat(sent.get(0).timestamp()).isEqualTo(Instant.parse("2025-01-24T10:00:00Z").toEpochMilli());
        assertThat(sent.get(1).key()).isEqualTo(ArticleIds.of("AP", "https://example.org/x", null, "No date."));
        assertThat(sent.get(1).timestamp()).isEqualTo(NOW.toEpochMilli()); // no publishedAt: ingest time
        assertThat(sent.get(1).value().getIngestedAt()).isEqualTo(NOW);
    }

    @Test
    void theProducerIsIdempotentWithAcksAll() {
        assertThat(Ingester.producerProperties(new java.util.Properties()))
                .containsEntry("acks", "all").containsEntry("enable.idempotence", "true");
    }

    @Test
    void publishedAtOutsideTheValidRangeKeepsTheArticleWithIngestTimeAsRecordTimestamp(@TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("dates.jsonl"), String.join("\n",
                "{\"id\":\"old\",\"body\":\"Before 1970.\",\"publishedAt\":\"1960-06-30T00:00:00Z\"}",
                "{\"id\":\"ahead\",\"body\":\"Two hours ahead.\",\"publishedAt\":\"2025-02-01T14:00:00Z\"}",
                "{\"id\":\"soon\",\"body\":\"Ten minutes ahead.\",\"publishedAt\":\"2025-02-01T12:10:00Z\"}",
                "{\"id\":\"after\",\"body\":\"A normal one.\",\"publishedAt\":\"2025-01-31T12:00:00Z\"}"));
        MockProducer<String, RawArticle> producer = producer();
        Ingester ingester = ingester(producer);

        IngestReport report = ingester.ingest(List.of(dir));

        assertThat(report.produced()).isEqualTo(4);
        assertThat(report.clamped()).isEqualTo(2);
        List<ProducerRecord<String, RawArticle>> sent = producer.history();
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("old", "ahead", "soon", "after");
        assertThat(sent).extracting(ProducerRecord::timestamp).containsExactly(NOW.toEpochMilli(),
                NOW.toEpochMilli(), Instant.parse("2025-02-01T12:10:00Z").toEpochMilli(),
                Instant.parse("2025-01-31T12:00:00Z").toEpochMilli());
        assertThat(sent.get(0).value().getPublishedAt()).isEqualTo(Instant.parse("1960-06-30T00:00:00Z"));
        assertThat(sent.get(1).value().getPublishedAt()).isEqualTo(Instant.parse("2025-02-01T14:00:00Z"));
    }
}
