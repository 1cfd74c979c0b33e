package io.wirestream.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.cleanup.Cleaner;
import io.wirestream.cleanup.CleanupConfig;
import io.wirestream.config.ConfigException;
import io.wirestream.config.ServiceConfig;
import io.wirestream.dedup.DedupConfig;
import io.wirestream.enrich.EnrichFields;
import io.wirestream.enrich.EnrichService;
import io.wirestream.enrich.TaggingFields;
import io.wirestream.enrich.pipeline.EnrichmentStages;
import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.schemas.Topics;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.Entity;
import io.wirestream.schemas.avro.RawArticle;
import io.wirestream.tagging.EntityTagger;
import io.wirestream.tagging.TaggingInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tagging.kb.file in the stream: the user's entries tag articles; a broken file stops the service at start. */
class TaggingKnowledgeBaseTopologyTest {

    private static final Instant PUBLISHED = Instant.parse("2025-03-10T08:00:00Z");

    @TempDir
    Path dir;

    private ServiceConfig config(Path kb) {
        return ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .set(TaggingFields.KB_FILE.name(), kb.toString()).build();
    }

    @Test
    void theUsersKnowledgeBaseTagsArticlesInTheStreamAndAChangeIsPickedUpOnRestart() throws IOException {
        Path kb = dir.resolve("newsroom.jsonl");
        Files.writeString(kb, "{\"id\":\"newsroom:org:ndovu\",\"name\":\"Ndovu Collective\",\"type\":\"ORGANIZATION\","
                + "\"aliases\":[\"Ndovu\"]}\n");
        assertThat(tag(config(kb), "The Ndovu Collective met in Damascus.")).contains("newsroom:org:ndovu=Ndovu Collective")
                .contains("Q3766=Damascus");

        // the file changes; a new start (a new topology from the same configuration) reads it again
        Files.writeString(kb, "{\"id\":\"newsroom:org:ndovu\",\"name\":\"Ndovu Collective Group\",\"type\":\"ORGANIZATION\","
                + "\"aliases\":[\"Ndovu Collective\"]}\n");
        assertThat(tag(config(kb), "The Ndovu Collective met in Damascus.")).contains("newsroom:org:ndovu=Ndovu Collective Group");
    }

    @Test
    void aMalformedKnowledgeBaseStopsTheStartNamingTheFileAndLine() throws IOException {
        Path kb = dir.resolve("broken.jsonl");
        Files.writeString(kb, "{\"id\":\"newsroom:a\",\"name\":\"A\",\"type\":\"PERSON\"}\n{\"id\":\"newsroom:b\",\"name\":\n");
        Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
        assertThatThrownBy(() -> EnrichService.buildTopology(config(kb), topics, 1, null))
                .isInstanceOf(ConfigException.class).hasCauseInstanceOf(TaggingInputException.class)
                .hasMessageContaining(kb + ":2:");
    }

    @Test
    void aKnowledgeBaseThatFailsValidationStopsTheStartUnlessValidationIsOff() throws IOException {
        Path kb = dir.resolve("shared.jsonl");
        Files.writeString(kb, """
                {"id":"newsroom:p:1","name":"Ann Lee","type":"PERSON"}
                {"id":"newsroom:p:2","name":"Annie Lee","type":"PERSON","aliases":["Ann Lee"]}
                """);
        Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
        assertThatThrownBy(() -> EnrichService.buildTopology(config(kb), topics, 1, null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("\"Ann Lee\"")
                .hasMessageContaining("tagging.kb.validate=false");
        assertThat(TaggingFields.knowledgeBase(kb.toString(), false).find("newsroom:p:2")).isPresent();
        assertThatThrownBy(() -> ServiceConfig.builder("enrich").fields(EnrichFields.ALL).bundledDefaults()
                .set(TaggingFields.KB_VALIDATE.name(), "perhaps").build()).isInstanceOf(ConfigException.class)
                .hasMessageContaining("tagging.kb.validate");
    }

    /** Runs one article through the enrich topology built with the configuration's knowledge base. */
    private static String tag(ServiceConfig config, String body) {
        Topics topics = Topics.withRegistry(new InMemorySchemaRegistryClient());
        EnrichmentStages stages = new EnrichmentStages(Cleaner.create(CleanupConfig.defaults()), EntityTagger.create(
                TaggingFields.knowledgeBase(config.get(TaggingFields.KB_FILE), config.get(TaggingFields.KB_VALIDATE))));
        var topology = EnrichTopology.build(topics, stages, new EnrichTopology.EnrichSettings(1_000_000,
                DedupConfig.defaults()), Clock.fixed(PUBLISHED, ZoneOffset.UTC));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "kb-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/kb-topology-" + System.nanoTime());
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, props)) {
            var raw = driver.createInputTopic(Topics.RAW, Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
            var enriched = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                    topics.enriched().valueSerde().deserializer());
            RawArticle article = RawArticle.newBuilder().setId("k1").setSource("RCO").setTitle("t").setBody(body)
                    .setPublishedAt(PUBLISHED).setIngestedAt(PUBLISHED.plusSeconds(60)).build();
            raw.pipeInput(new TestRecord<>("k1".getBytes(StandardCharsets.UTF_8),
                    topics.raw().valueSerde().serializer().serialize(Topics.RAW, article), PUBLISHED));
            EnrichedArticle out = enriched.readValue();
            return out.getEntities().stream().map(TaggingKnowledgeBaseTopologyTest::idAndName).toList().toString();
        }
    }

    private static String idAndName(Entity e) {
        return e.getId() + "=" + e.getName();
    }
}
