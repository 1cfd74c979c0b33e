package io.wirestream.enrich.stream;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.DeadLetter;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.KnowledgeBase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/**
 * The whole enrich topology in a TopologyTestDriver (7-day retention) with its input and output topics; the
 * output stage's clock is fixed at {@code now}.
 */
final class EnrichTestDriver implements AutoCloseable {

    static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

    final InMemorySchemaRegistryClient registry;
    final Topics topics;
    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> raw;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<String, DuplicateNotice> duplicates;
    final TestOutputTopic<byte[], DeadLetter> deadLetters;

    EnrichTestDriver(String applicationId, Path stateDir) {
        this(applicationId, stateDir, T0);
    }

    EnrichTestDriver(String applicationId, Path stateDir, Instant now) {
        this(applicationId, stateDir, now, new InMemorySchemaRegistryClient());
    }

    EnrichTestDriver(String applicationId, Path stateDir, Instant now, InMemorySchemaRegistryClient registry) {
        this.registry = registry;
        this.topics = Topics.withRegistry(registry);
        EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()),
                EntityTagger.create(KnowledgeBase.bundled()));
        var topology = EnrichTopology.build(topics, stages,
                new EnrichTopology.EnrichSettings(1_000_000, DedupConfig.defaults()), Clock.fixed(now, ZoneOffset.UTC));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                topics.enriched().valueSerde().deserializer());
        duplicates = driver.createOutputTopic(Topics.DUPLICATES, Serdes.String().deserializer(),
                topics.duplicates().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS, Serdes.ByteArray().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    static RawArticle article(String id, String source, String title, String body, Instant published) {
        return RawArticle.newBuilder().setId(id).setSource(source).setTitle(title).setBody(body)
                .setPublishedAt(published).setIngestedAt(published.plusSeconds(60)).build();
    }

    /** An article titled "Title of {id}", keyed by its id, with its publication time as the record's event time. */
    void send(String id, String source, String body, Instant published) {
        send(id, source, body, published, published);
    }

    /** The same, with another record timestamp (as ingest gives one whose publishedAt it had to clamp). */
    void send(String id, String source, String body, Instant published, Instant recordTime) {
        RawArticle article = article(id, source, "Title of " + id, body, published);
        byte[] value = topics.raw().valueSerde().serializer().serialize(Topics.RAW, article);
        raw.pipeInput(new TestRecord<>(id.getBytes(StandardCharsets.UTF_8), value, recordTime));
    }

    List<String> enrichedIds() {
        return enriched.readValuesToList().stream().map(EnrichedArticle::getId).toList();
    }

    @Override
    public void close() {
        driver.close();
    }
}
