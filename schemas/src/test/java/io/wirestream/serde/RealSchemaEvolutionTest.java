package io.wirestream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/**
 * Evolution of the topic contract's own schemas, not toy ones: a v2 of {@code RawArticle} and of
 * {@code EnrichedArticle} with an added optional field is read by today's (v1) services, v2 readers read what v1
 * producers wrote, and a breaking v2 (a new required field) is refused by the registry's BACKWARD rule.
 */
class RealSchemaEvolutionTest {

    private static final String RAW = "articles.raw";
    private static final String ENRICHED = "articles.enriched";

    private static RawArticle raw() {
        return RawArticle.newBuilder().setId("r-1").setSource("Wire").setTitle("Title").setBody("Body text.")
                .setPublishedAt(Instant.parse("2025-01-02T03:04:05Z")).setIngestedAt(Instant.parse("2025-01-02T03:05:00Z"))
                .setIngestSequence(7L).build();
    }

    private static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder().setId("e-1").setSource("Wire").setTitle("Title").setBody("Body text.")
                .setLanguage("en").setCleanBody("Body text.").setIngestedAt(Instant.parse("2025-01-02T03:05:00Z"))
                .setEdits(List.of()).setFlags(List.of()).setEntities(List.of()).setPipelineVersion("test")
                .setProcessedAt(Instant.parse("2025-01-02T03:05:01Z")).build();
    }

    @Test
    void todaysServicesReadV2RawArticles() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        new AvroSerializer<RawArticle>(RawArticle.getClassSchema(), registry, false).serialize(RAW, raw());
        Schema v2 = SchemaVersions.withOptionalField(RawArticle.getClassSchema(), "section");

        byte[] written = new GenericAvroSerializer(v2, registry).serialize(RAW, SchemaVersions.asV2(raw(), v2, "section", "world"));
        RawArticle read = new AvroDeserializer<RawArticle>(RawArticle.getClassSchema(), registry).deserialize(RAW, written);

        assertThat(read).isEqualTo(raw());
    }

    @Test
    void v2ReadersReadWhatTodaysProducersWrote() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        byte[] written = new AvroSerializer<RawArticle>(RawArticle.getClassSchema(), registry, false).serialize(RAW, raw());
        Schema v2 = SchemaVersions.withOptionalField(RawArticle.getClassSchema(), "section");

        GenericRecord read = new GenericAvroDeserializer(v2, registry).deserialize(RAW, written);

        assertThat(read.get("id")).hasToString("r-1");
        assertThat(read.get("ingestSequence")).isEqualTo(7L);
        assertThat(read.get("section")).isNull();
    }

    @Test
    void enrichedArticlesEvolveBothWaysToo() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        byte[] v1Bytes = new AvroSerializer<EnrichedArticle>(EnrichedArticle.getClassSchema(), registry, false)
                .serialize(ENRICHED, enriched());
        Schema v2 = SchemaVersions.withOptionalField(EnrichedArticle.getClassSchema(), "summary");

        byte[] v2Bytes = new GenericAvroSerializer(v2, registry).serialize(ENRICHED, SchemaVersions.asV2(enriched(), v2, "summary", "world"));

        assertThat(new AvroDeserializer<EnrichedArticle>(EnrichedArticle.getClassSchema(), registry)
                .deserialize(ENRICHED, v2Bytes)).isEqualTo(enriched());
        assertThat(new GenericAvroDeserializer(v2, registry).deserialize(ENRICHED, v1Bytes).get("summary")).isNull();
    }

    @Test
    void aBreakingChangeToARealSchemaIsRefused() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        for (Map.Entry<String, Schema> e : Map.of(RAW, RawArticle.getClassSchema(), ENRICHED,
                EnrichedArticle.getClassSchema()).entrySet()) {
            String subject = Subjects.forTopic(e.getKey(), false);
            registry.register(subject, e.getValue());
            assertThatThrownBy(() -> registry.register(subject, SchemaVersions.withRequiredField(e.getValue(), "section")))
                    .isInstanceOfSatisfying(SchemaRegistryException.class, x -> assertThat(x.isIncompatible()).isTrue());
        }
    }
}
