package io.wirestream.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirestream.registry.InMemorySchemaRegistryClient;
import io.wirestream.registry.SchemaRegistryException;
import io.wirestream.schemas.avro.DuplicateKind;
import io.wirestream.schemas.avro.DuplicateNotice;
import io.wirestream.schemas.avro.EnrichedArticle;
import io.wirestream.schemas.avro.RawArticle;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
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
    private static final String DUPLICATES = "articles.duplicates";

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

    /** DuplicateNotice as it was before {@code cleanBody} was added: today's schema without that field. */
    static Schema noticeWithoutCleanBody() {
        Schema today = DuplicateNotice.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        today.getFields().stream().filter(f -> !f.name().equals("cleanBody"))
                .forEach(f -> fields.add(new Schema.Field(f, f.schema())));
        return Schema.createRecord(today.getName(), today.getDoc(), today.getNamespace(), false, fields);
    }

    private static DuplicateNotice notice(String cleanBody) {
        return DuplicateNotice.newBuilder().setId("copy-1").setKind(DuplicateKind.NEAR).setDuplicateOf("orig-1")
                .setSimilarity(0.91).setSource("Other Wire").setTitle("Retitled").setCleanBody(cleanBody)
                .setEventTime(Instant.parse("2025-01-02T03:04:05Z")).build();
    }

    @Test
    void duplicateNoticesGainedTheCopysTextCompatibly() {
        InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
        Schema before = noticeWithoutCleanBody();
        String subject = Subjects.forTopic(DUPLICATES, false);
        registry.register(subject, before);
        // the registry's BACKWARD rule accepts today's schema after the one without the field
        registry.register(subject, DuplicateNotice.getClassSchema());

        // a notice written before the field existed reads with no text
        GenericRecord old = new GenericData.Record(before);
        DuplicateNotice expected = notice(null);
        for (Schema.Field f : before.getFields()) {
            Object value = expected.get(f.name());
            old.put(f.name(), value instanceof Enum<?> e ? new GenericData.EnumSymbol(f.schema(), e.name())
                    : GenericData.get().deepCopy(f.schema(), value instanceof Instant t ? t.toEpochMilli() : value));
        }
        byte[] oldBytes = new GenericAvroSerializer(before, registry).serialize(DUPLICATES, old);
        DuplicateNotice read = new AvroDeserializer<DuplicateNotice>(DuplicateNotice.getClassSchema(), registry)
                .deserialize(DUPLICATES, oldBytes);
        assertThat(read).isEqualTo(expected);
        assertThat(read.getCleanBody()).isNull();

        // a sink of the previous release reads today's notices, text and all, and simply ignores the text
        byte[] newBytes = new AvroSerializer<DuplicateNotice>(DuplicateNotice.getClassSchema(), registry, false)
                .serialize(DUPLICATES, notice("The copy's own words."));
        GenericRecord readByOld = new GenericAvroDeserializer(before, registry).deserialize(DUPLICATES, newBytes);
        assertThat(readByOld.get("id")).hasToString("copy-1");
        assertThat(readByOld.getSchema().getField("cleanBody")).isNull();
        assertThat(new AvroDeserializer<DuplicateNotice>(DuplicateNotice.getClassSchema(), registry)
                .deserialize(DUPLICATES, newBytes).getCleanBody()).isEqualTo("The copy's own words.");
    }
}
